import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/studio';
import { editorLines } from '../pages/editor';

/**
 * The editor's TOML language features in the real UI: completion from the planner's catalog,
 * squiggles from its validator with quick fixes, hover docs, formatting and the outline.
 */

/** Replaces the editor's whole text without key events (no auto-closing, no suggestions). */
async function setEditorText(page: Page, text: string): Promise<void> {
  await editorLines(page).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Runs an editor command by name from the command palette (keybindings differ per OS). */
async function runCommand(page: Page, name: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await expect(input).toBeVisible();
  await input.fill(`>${name}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
}

const suggestions = (page: Page) => page.locator('.monaco-editor .suggest-widget');

test('completion offers the keys of the table at the cursor and inserts the chosen one with its default', async ({ studio }) => {
  const { page } = studio;
  await expect(editorLines(page)).toContainText('[planner]');
  await setEditorText(page, '[planner]\nmax_depth = 3\n\n[opportunity_calculators.profit_taking.params]\n');
  await page.keyboard.type('win');
  const widget = suggestions(page);
  await expect(widget).toBeVisible();
  await expect(widget.getByRole('option').first()).toContainText('windfall_threshold');
  await page.screenshot({ path: 'test-results/screens/editor-completion-key.png' });
  await page.keyboard.press('Enter');
  await expect(editorLines(page)).toContainText('windfall_threshold = 0.3');

  // Table names: the calculators after "[opportunity_calculators.".
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('[pattern_generators.');
  await page.keyboard.press('Control+Space');
  await expect(widget).toBeVisible();
  await expect(widget).toContainText('direct_buy');
  await expect(widget).toContainText('direct_buy (section with defaults)');
  await page.keyboard.type('deep_re');
  await expect(widget.getByRole('option').first()).toContainText('deep_rebalance');
  await page.screenshot({ path: 'test-results/screens/editor-completion-table.png' });
  await page.keyboard.press('Enter');
  await expect(editorLines(page)).toContainText('[pattern_generators.deep_rebalance]');
});

test('a bad value gets a squiggle with the validator\'s message, and its quick fix clamps it', async ({ studio }) => {
  const { page } = studio;
  await expect(editorLines(page)).toContainText('[planner]');
  await setEditorText(page, '[planner]\nname = "x"\nmax_depth = 12\nrisk_profil = "balanced"\n');
  const errors = page.locator('.monaco-editor .squiggly-error');
  await expect(errors).toHaveCount(2);

  // The marker hover shows the validator's message.
  await editorLines(page).getByText('12', { exact: true }).hover();
  const hover = page.locator('.monaco-editor .monaco-hover').filter({ hasText: 'maximum' });
  await expect(hover).toContainText('planner.max_depth: 12 is above the maximum 10');
  await page.screenshot({ path: 'test-results/screens/editor-squiggle.png' });
  await page.mouse.move(0, 0);

  // Ctrl+. lists the fixes; the clamp comes first.
  await editorLines(page).getByText('12', { exact: true }).click();
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget').filter({ hasText: 'Clamp to 10' });
  await expect(menu).toBeVisible();
  await expect(menu).toContainText('Reset to default 5');
  await page.screenshot({ path: 'test-results/screens/editor-quick-fix.png' });
  await menu.getByText('Clamp to 10').click();
  await expect(editorLines(page)).toContainText('max_depth = 10');

  // The unknown key's fix is the "did you mean" replacement.
  await editorLines(page).getByText('risk_profil', { exact: true }).click();
  await page.keyboard.press('Control+.');
  await expect(page.locator('.action-widget').filter({ hasText: 'Replace with risk_profile' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(editorLines(page)).toContainText('risk_profile = "balanced"');
  await expect(errors).toHaveCount(0);
});

test('hovering a key shows its description, type, range, default and module', async ({ studio }) => {
  const { page } = studio;
  await expect(editorLines(page)).toContainText('[planner]');
  await setEditorText(page, '[planner]\n\n[opportunity_calculators.profit_taking.params]\nwindfall_threshold = 0.5\n');
  const key = page.locator('.monaco-editor .view-line span', { hasText: 'windfall_threshold' }).first();
  await key.hover();
  const hover = page.locator('.monaco-editor .monaco-hover').filter({ hasText: 'windfall_threshold' });
  await expect(hover).toBeVisible();
  await expect(hover).toContainText('number 0–2');
  await expect(hover).toContainText('default 0.3');
  await expect(hover).toContainText('profit_taking');
  await expect(hover).toContainText('calculator');
  await page.screenshot({ path: 'test-results/screens/editor-hover.png' });
});

test('Format Document tidies the text, tables fold, Ctrl+/ comments and the outline lists the tables', async ({ studio }) => {
  const { page } = studio;
  await expect(editorLines(page)).toContainText('[planner]');
  await setEditorText(page, '  [planner]\nmax_depth=3\n[opportunity_calculators.profit_taking]\n   enabled=false\n');
  await runCommand(page, 'Format Document');
  await expect(editorLines(page)).toContainText('max_depth = 3');
  await expect(editorLines(page)).toContainText('enabled = false');

  // Each table folds (TOML has no indentation for Monaco to fold by).
  await expect(page.locator('.monaco-editor .margin-view-overlays .codicon-folding-expanded')).toHaveCount(2);
  // Ctrl+/ comments the line out with "#".
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+/');
  await expect(editorLines(page)).toContainText('# [planner]');
  await page.keyboard.press('Control+/');
  await expect(editorLines(page)).not.toContainText('# [planner]');

  await page.keyboard.press('Control+Shift+O');
  const picker = page.locator('.quick-input-widget');
  await expect(picker).toContainText('planner');
  await expect(picker).toContainText('profit_taking');
  await page.screenshot({ path: 'test-results/screens/editor-outline.png' });
  await page.keyboard.press('Escape');
});

test('highlighting tells tables, keys, strings, numbers, dates, booleans and comments apart', async ({ studio }) => {
  const { page } = studio;
  await expect(editorLines(page)).toContainText('[planner]');
  await setEditorText(
    page,
    [
      '# comment',
      '[planner]',
      'name = "basic \\t string"',
      "description = 'literal'",
      'max_depth = 7',
      'allow_sell = true',
      'created = 1979-05-27T07:32:00Z',
      '[[array.table]]',
      'notes = """',
      'multi-line [not a table]',
      '"""',
    ].join('\n'),
  );
  const token = (text: string) => editorLines(page).locator('span span', { hasText: text }).first();
  const classOf = async (text: string) => ((await token(text).getAttribute('class')) ?? '').match(/mtk\d+/)?.[0];
  await expect(token('1979-05-27T07:32:00Z')).toBeVisible();
  const classes = {
    comment: await classOf('# comment'),
    table: await classOf('planner'),
    key: await classOf('max_depth'),
    string: await classOf('literal'),
    number: await classOf('7'),
    boolean: await classOf('true'),
    date: await classOf('1979-05-27T07:32:00Z'),
  };
  expect(new Set(Object.values(classes)).size, JSON.stringify(classes)).toBe(7);
  // Inside a multi-line string nothing is a table.
  expect(await classOf('multi-line [not a table]')).toBe(classes.string);
  await page.screenshot({ path: 'test-results/screens/editor-highlighting.png' });
});

test('a 3,000-line file gets completion and squiggles like a small one', async ({ studio }) => {
  // Typing 100 KB into the page and the app's other live panels take a while on a busy 2-core machine.
  test.setTimeout(120_000);
  const { page } = studio;
  await expect(editorLines(page)).toContainText('[planner]');
  const sections = Array.from({ length: 340 }, (_, i) => `# section ${i}\n[opportunity_calculators.profit_taking]\nenabled = true\n# note\n# note\n# note\n# note\n# note\n# note\n`);
  // One real table repeated would be a TOML error, so only the first is kept as a table.
  const body = sections.map((s, i) => (i === 0 ? s : s.replace('[opportunity_calculators.profit_taking]\nenabled = true', '# [x]\n# y'))).join('');
  const text = `[planner]\nmax_depth = 3\n${body}[opportunity_calculators.profit_taking.params]\n`;
  expect(text.split('\n').length).toBeGreaterThan(3000);
  await setEditorText(page, text);
  await page.keyboard.type('prio');
  await expect(suggestions(page).getByRole('option').first()).toContainText('priority_weight');
  await page.keyboard.press('Enter');
  // The default is the selected placeholder: typing replaces it.
  await page.keyboard.type('9');
  await expect(editorLines(page)).toContainText('priority_weight = 9');
  await expect(page.locator('.monaco-editor .squiggly-error')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/screens/editor-3000-lines.png' });
});
