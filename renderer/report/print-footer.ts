import { useEffect } from 'react';
import { cssString } from './report-model';

/** The custom properties a stylesheet's `@page` margin boxes read. */
export interface PrintFooterProperties {
  readonly footer: string;
  readonly page: string;
}

const REPORT: PrintFooterProperties = { footer: '--inspection-report-footer', page: '--inspection-report-page' };

/**
 * `@page` margin boxes cannot read the DOM, but they inherit custom properties
 * from the root element: the running footer's text goes there while a printable
 * view is mounted, and its CSS prints it with the page counter (report.css for
 * the record; the HQ period summary names its own properties). Setting a
 * property through the CSSOM is allowed by the app's CSP (no inline <style>
 * needed). `null` sets nothing.
 */
export function usePrintFooter(text: string | null, pageLabel: string, properties: PrintFooterProperties = REPORT): void {
  const { footer, page } = properties;
  useEffect(() => {
    if (text === null) return;
    const style = document.documentElement.style;
    style.setProperty(footer, cssString(text));
    style.setProperty(page, cssString(pageLabel));
    return () => {
      style.removeProperty(footer);
      style.removeProperty(page);
    };
  }, [text, pageLabel, footer, page]);
}
