import { useEffect, useRef } from 'react';

const SETTLE_MS = 300;

/**
 * Opens the browser's print dialog once the sheet is on screen (fonts loaded, layout settled).
 * Only once: React's development double effects and later re-renders do not print again.
 */
export const useAutoPrint = (isReady: boolean) => {
  const hasPrinted = useRef(false);
  useEffect(() => {
    if (!isReady || hasPrinted.current) return;
    let isCancelled = false;
    const timer = window.setTimeout(() => {
      void (document.fonts?.ready ?? Promise.resolve()).then(() => {
        if (isCancelled || hasPrinted.current) return;
        hasPrinted.current = true;
        window.print();
      });
    }, SETTLE_MS);
    return () => {
      isCancelled = true;
      window.clearTimeout(timer);
    };
  }, [isReady]);
};
