import { useEffect } from 'react';
import { cssString } from '../../report/report-model';

const FOOTER = '--hqi-print-footer';
const PAGE = '--hqi-print-page';

/**
 * The running footer of the printed period summary: `@page` margin boxes read
 * custom properties of the root element (as the field report does, print-footer.ts
 * there), set through the CSSOM, which the CSP allows. `null` clears it.
 */
export function usePrintFooterText(text: string | null, pageLabel: string): void {
  useEffect(() => {
    if (text === null) return;
    const style = document.documentElement.style;
    style.setProperty(FOOTER, cssString(text));
    style.setProperty(PAGE, cssString(pageLabel));
    return () => {
      style.removeProperty(FOOTER);
      style.removeProperty(PAGE);
    };
  }, [text, pageLabel]);
}
