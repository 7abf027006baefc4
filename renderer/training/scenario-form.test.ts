import { describe, expect, it } from 'vitest';
import type { FieldErrors, ResolverOptions } from 'react-hook-form';
import { Scenario } from '../../shared/training/scenario';
import { SHIPPED_SCENARIOS } from '../../shared/training/scenarios';
import { emptyScenarioForm, formValuesOf, scenarioResolver, toScenarioCandidate, type ScenarioFormValues } from './scenario-form';

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<ScenarioFormValues>;
const messageAt = (errors: FieldErrors<ScenarioFormValues>, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors);

describe('scenario form', () => {
  it('round-trips every shipped scenario through the editor unchanged', () => {
    for (const scenario of SHIPPED_SCENARIOS) expect(Scenario.parse(toScenarioCandidate(formValuesOf(scenario)))).toEqual(scenario);
  });

  it('passes a shipped scenario and refuses an empty form with localized messages beside the inputs', async () => {
    const shipped = SHIPPED_SCENARIOS[0];
    if (!shipped) throw new Error('no shipped scenario');
    expect((await scenarioResolver(formValuesOf(shipped), undefined, options)).errors).toEqual({});
    const { errors } = await scenarioResolver(emptyScenarioForm(), undefined, options);
    expect(messageAt(errors, 'id.message')).toBe('training.form.errors.scenarioId');
    expect(messageAt(errors, 'template.message')).toBe('training.form.errors.templateRequired');
    expect(messageAt(errors, 'title.vi.message')).toBe('training.form.errors.required');
    expect(messageAt(errors, 'office.code.message')).toBe('training.form.errors.officeCode');
  });

  it('puts catalogue problems on the input that caused them', async () => {
    const shipped = SHIPPED_SCENARIOS[0];
    if (!shipped) throw new Error('no shipped scenario');
    const values = formValuesOf(shipped);
    const [first, ...rest] = values.key.answers;
    if (!first) throw new Error('no answer');
    values.key.answers = [{ ...first, itemId: 'no-such-item' }, ...rest];
    const { errors } = await scenarioResolver(values, undefined, options);
    expect(messageAt(errors, 'key.answers.0.accept')).toBeDefined();
  });
});
