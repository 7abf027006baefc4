import { useEffect } from 'react';
import { cssString } from './report-model';

const FOOTER = '--inspection-report-footer';
const PAGE = '--inspection-report-page';

/**
 * `@page` margin boxes cannot read the DOM, but they inherit custom properties
 * from the root element: the running footer's text goes there while a report is
 * mounted, and report.css prints it with the page counter. Setting a property
 * through the CSSOM is allowed by the app's CSP (no inline <style> needed).
 */
export function usePrintFooter(text: string, pageLabel: string): void {
  useEffect(() => {
    const style = document.documentElement.style;
    style.setProperty(FOOTER, cssString(text));
    style.setProperty(PAGE, cssString(pageLabel));
    return () => {
      style.removeProperty(FOOTER);
      style.removeProperty(PAGE);
    };
  }, [text, pageLabel]);
}
