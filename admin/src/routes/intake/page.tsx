import { useTranslate } from '@refinedev/core';
import { Card, Col, Form, Result, Row, Spin, Typography, type InputRef } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { UnitSummary } from '../../components/unit-picker';
import { fillFromPhoneMatch, fillFromUnit, type CallerValues } from './caller-fill';
import { EarlierReports } from './components/earlier-reports';
import { IntakeForm } from './components/intake-form';
import { PhoneUnits } from './components/phone-units';
import { RecentIntakes } from './components/recent-intakes';
import { SavedBanner } from './components/saved-banner';
import { initialIntakeValues } from './initial-values';
import { intakeTargetOf, type IntakeValues } from './intake-payload';
import { useCallerLookup } from './use-caller-lookup';
import { useIntakeRegisters } from './use-intake-registers';
import { useIntakeSave, type SavedIntake } from './use-intake-save';

const CALLER_FIELDS: (keyof CallerValues)[] = ['residentPhone', 'residentName', 'unit', 'address'];
const RECENT_LIMIT = 5;

/** 快速登记: a phone complaint or repair on one screen, its number shown the moment it exists. */
export const IntakePage = () => {
  const t = useTranslate();
  const { registers, canDispatch, isReady } = useIntakeRegisters();
  const [form] = Form.useForm<IntakeValues>();
  const phoneRef = useRef<InputRef>(null);
  const [knownUnit, setKnownUnit] = useState<UnitSummary>();
  const [saved, setSaved] = useState<SavedIntake | null>(null);
  const [recent, setRecent] = useState<SavedIntake[]>([]);
  const initialValues = useMemo(() => initialIntakeValues(registers), [registers]);

  const lookup = useCallerLookup({
    phone: Form.useWatch('residentPhone', form),
    unitId: Form.useWatch('unit', form),
    complaints: registers.complaint,
    repairs: registers['repair-order'],
  });

  const fill = (values: CallerValues) => {
    if (Object.keys(values).length > 0) form.setFieldsValue({ ...values });
  };
  const callerValues = (): CallerValues => form.getFieldsValue(CALLER_FIELDS);

  // A phone that belongs to exactly one unit's owner fills the unit and name in.
  useEffect(() => {
    if (!lookup.phoneUnits) return;
    const filled = fillFromPhoneMatch({ values: callerValues(), units: lookup.phoneUnits });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the lookup's answer arrives from outside React
    if (filled.unit) setKnownUnit(lookup.phoneUnits[0]);
    fill(filled);
    // Only a new answer of the lookup fills; what staff change afterwards is theirs.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- so the form's own values are not dependencies
  }, [lookup.phoneUnits]);

  const applyUnit = (unit: UnitSummary | undefined) => {
    setKnownUnit(unit);
    if (unit) fill(fillFromUnit({ values: callerValues(), unit }));
  };

  const { save, showAllProblems, isSaving } = useIntakeSave({
    registers,
    form,
    onSaved: (record) => {
      setSaved(record);
      setRecent((list) => [record, ...list].slice(0, RECENT_LIMIT));
      form.resetFields();
      setKnownUnit(undefined);
      phoneRef.current?.focus();
    },
  });

  if (!isReady) return <Spin style={{ display: 'block', margin: '20vh auto' }} />;
  if (!registers.complaint && !registers['repair-order']) return <Result status="403" title={t('intake.noAccess')} />;

  const onEdit = (changed: Partial<IntakeValues>, all: IntakeValues) => {
    // Typing the next call's details retires the last number (it stays under 本次已登记).
    setSaved(null);
    if ('type' in changed && all.category) {
      const category = registers[intakeTargetOf(changed.type)]?.fields.find((f) => f.name === 'category');
      if (!category?.options?.some((o) => o.value === all.category)) form.setFieldValue('category', undefined);
    }
  };

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('intake.title')}
      </Typography.Title>
      <div aria-live="polite">{saved && <SavedBanner saved={saved} />}</div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card>
            <IntakeForm
              form={form}
              registers={registers}
              initialValues={initialValues}
              phoneRef={phoneRef}
              knownUnit={knownUnit}
              onUnitPick={applyUnit}
              onEdit={onEdit}
              onSubmit={save}
              onInvalid={showAllProblems}
              canDispatch={canDispatch}
              isSaving={isSaving}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          {lookup.phoneUnits && lookup.phoneUnits.length > 1 && (
            <PhoneUnits
              units={lookup.phoneUnits}
              onUse={(unit) => {
                form.setFieldValue('unit', unit.id);
                applyUnit(unit);
              }}
            />
          )}
          <EarlierReports lookup={lookup} />
          <RecentIntakes saved={recent} />
        </Col>
      </Row>
    </>
  );
};
