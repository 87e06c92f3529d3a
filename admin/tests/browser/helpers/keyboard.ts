import type { Locator, Page } from 'playwright-core';
import { field } from './panel';

const MAX_TABS = 80;

const isFocused = (control: Locator) => control.evaluate((element) => element === document.activeElement).catch(() => false);

/** Presses Tab until `control` has the focus, as someone moving through a form would. */
export const tabTo = async (page: Page, control: Locator) => {
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (await isFocused(control)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${MAX_TABS} presses of Tab never reached ${control}`);
};

/** The open dropdown of a focused antd Select: its options' labels and the highlighted one. */
const dropdownOf = (control: Locator) =>
  control.evaluate((input) => {
    const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
    // antd keeps the visible options beside an accessibility-only listbox in the same popup.
    const popup = list?.closest('.ant-select-dropdown');
    const titleOf = (option: Element | null | undefined) => option?.getAttribute('title') ?? option?.textContent ?? '';
    return {
      isOpen: input.getAttribute('aria-expanded') === 'true',
      options: [...(popup?.querySelectorAll('.ant-select-item-option') ?? [])].map(titleOf),
      active: titleOf(popup?.querySelector('.ant-select-item-option-active')),
    };
  });

/**
 * Picks `option` in a focused select with the keyboard: a searchable one (units, people…) is
 * typed into first; then ↓ opens the list and moves down to the option, and Enter takes it.
 */
const chooseByKeyboard = async (page: Page, control: Locator, option: string) => {
  const isSearchable = await control.evaluate((input) => !(input as HTMLInputElement).readOnly);
  if (isSearchable) await page.keyboard.type(option);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const dropdown = await dropdownOf(control);
    if (dropdown.isOpen && dropdown.active === option) return page.keyboard.press('Enter');
    // Wait for a search to bring the option in; otherwise move the highlight one step.
    if (!dropdown.isOpen || dropdown.options.includes(option)) await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(100);
  }
  throw new Error(`The keyboard could not pick "${option}" in ${control}`);
};

/**
 * Fills a form with the keyboard only: for each label, in the order of the form, Tab to the
 * control, then type the text, or pick the option of that name in a select. No mouse.
 *
 *   await fillByKeyboard(page, { 来源渠道: '来访', 住户姓名: '周明', 房号: '1-1-101' });
 */
export const fillByKeyboard = async (page: Page, values: Record<string, string>) => {
  for (const [label, value] of Object.entries(values)) {
    const control = field(page, label);
    await tabTo(page, control);
    if ((await control.getAttribute('role')) === 'combobox') await chooseByKeyboard(page, control, value);
    else await page.keyboard.type(value);
  }
};
