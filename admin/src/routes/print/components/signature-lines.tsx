import { useTranslate } from '@refinedev/core';

const SIGNERS = ['receiver', 'department', 'handler', 'resident'] as const;

/** 受理人 / 部门签收 / 处理人 / 住户确认: room to sign above a line, and a line for the date. */
export const SignatureLines = () => {
  const t = useTranslate();
  return (
    <div className="paper-signatures">
      {SIGNERS.map((signer) => (
        <div key={signer} className="paper-signature">
          <div>{t(`print.signatures.${signer}`)}：</div>
          <div className="paper-sign-line" />
          <div className="paper-date">
            <span>{t('print.signatures.date')}：</span>
            <span className="paper-line" />
          </div>
        </div>
      ))}
    </div>
  );
};
