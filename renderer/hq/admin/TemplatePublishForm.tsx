import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import type { PublishedVersion, TemplatePreview, ValidationIssue } from '../../../shared/hq/admin';
import { FieldError } from '../../field/FieldError';
import { hqJson, type HqApiError } from '../api';
import { HqErrorMessage } from '../HqStatus';
import { useHqLabels } from '../insights/labels';
import { hqRefusal } from '../use-hq-data';
import { TemplatePreviewPanel } from './TemplatePreviewPanel';
import { MAX_TEMPLATE_BYTES, TemplateSourceSchema, type TemplateSourceValues } from './template-form';
import { ValidationIssues, issuesOf } from './ValidationIssues';
import { VersionConflict } from './VersionConflict';

/** The `id` of the template text, for messages about it ('' when it has none). */
function templateId(source: string): string {
  const parsed: unknown = JSON.parse(source);
  const id = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['id'] : undefined;
  return typeof id === 'string' ? id : '';
}

type Step =
  | { readonly kind: 'none' }
  | { readonly kind: 'preview'; readonly source: string; readonly preview: TemplatePreview }
  | { readonly kind: 'invalid'; readonly source: string; readonly issues: readonly ValidationIssue[] }
  | { readonly kind: 'published'; readonly template: TemplatePreview['template']; readonly version: PublishedVersion }
  | { readonly kind: 'error'; readonly source: string; readonly error: HqApiError };

/** A template from a .json file or pasted text: preview the diff (or the issues), then publish after a confirmation. */
export function TemplatePublishForm({ onPublished }: { onPublished: () => void }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const [step, setStep] = useState<Step>({ kind: 'none' });
  const { register, handleSubmit, setValue, setError, control, formState: { errors, isSubmitting } } = useForm<TemplateSourceValues>({
    resolver: zodResolver(TemplateSourceSchema),
    defaultValues: { source: '' },
  });
  const source = useWatch({ control, name: 'source' });

  const pickFile = async (file: File | undefined) => {
    if (file === undefined) return;
    if (file.size > MAX_TEMPLATE_BYTES) {
      setError('source', { message: 'hqInsights.templates.errors.tooLarge' });
      return;
    }
    setValue('source', await file.text(), { shouldValidate: true, shouldDirty: true });
  };

  const preview = async ({ source: text }: TemplateSourceValues) => {
    try {
      const answer = await hqJson<TemplatePreview>('/v1/hq/templates/preview', { method: 'POST', json: JSON.parse(text) });
      setStep({ kind: 'preview', source: text, preview: answer });
    } catch (error) {
      const refusal = hqRefusal(error);
      setStep(refusal.code === 'invalid_template' ? { kind: 'invalid', source: text, issues: issuesOf(refusal) } : { kind: 'error', source: text, error: refusal });
    }
  };

  const published = (template: TemplatePreview['template'], version: PublishedVersion) => {
    setStep({ kind: 'published', template, version });
    onPublished();
  };
  const refused = (text: string, issues: readonly ValidationIssue[]) => setStep({ kind: 'invalid', source: text, issues });

  const stale = (step.kind === 'preview' || step.kind === 'invalid') && step.source.trim() !== source.trim();
  return (
    <section className="hqi-card" aria-labelledby="hqi-publish-title">
      <h2 id="hqi-publish-title">{t('hqInsights.templates.publishTitle')}</h2>
      <form noValidate onSubmit={(event) => void handleSubmit(preview)(event)} aria-labelledby="hqi-publish-title">
        <div className="field">
          <label htmlFor="hqi-template-file">{t('hqInsights.templates.file')}</label>
          <input id="hqi-template-file" type="file" accept=".json,application/json" onChange={(event) => void pickFile(event.target.files?.[0])} />
        </div>
        <div className="field">
          <label htmlFor="hqi-template-source">{t('hqInsights.templates.paste')}</label>
          <textarea id="hqi-template-source" rows={10} spellCheck={false} className="hqi-code-input" {...register('source')}
            aria-invalid={errors.source ? true : undefined} aria-describedby="hqi-template-source-error" />
          <FieldError id="hqi-template-source-error" message={errors.source?.message} />
        </div>
        <div className="form-actions hqi-actions-start">
          <button type="submit" disabled={isSubmitting}>{isSubmitting ? t('hqInsights.templates.previewing') : t('hqInsights.templates.preview')}</button>
        </div>
      </form>
      <div aria-live="polite">
        {stale && <p className="hqi-note">{t('hqInsights.templates.stale')}</p>}
        {!stale && step.kind === 'invalid' && <ValidationIssues issues={step.issues} />}
        {!stale && step.kind === 'preview' && (
          <TemplatePreviewPanel key={step.source} source={step.source} preview={step.preview} onPublished={published} onInvalid={refused} />
        )}
        {step.kind === 'error' && (step.error.code === 'version_conflict'
          ? <VersionConflict error={step.error} id={templateId(step.source)} />
          : <HqErrorMessage error={step.error} />)}
        {step.kind === 'published' && (
          <p className="hqi-success" role="status">
            {t('hqInsights.templates.published', { id: step.template.id, version: l.number(step.version.template?.version ?? step.template.version) })}
          </p>
        )}
      </div>
    </section>
  );
}
