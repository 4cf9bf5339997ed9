import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';

/** What the area is called when it scrolls: `label`, else the caption of the table inside it. */
function nameOf(element: HTMLElement, label: string | undefined, intl: IntlShape): string {
  if (label) return label;
  const caption = element.querySelector('caption')?.textContent?.trim();
  return caption
    ? intl.formatMessage({ id: 'ui.scroll.caption' }, { caption })
    : intl.formatMessage({ id: 'ui.scroll.table' });
}

/**
 * The box a wide table scrolls in. While its content is wider (or taller) than the box, the box
 * can be focused and scrolled with the keyboard, as a named region (WCAG 2.1.1; axe's
 * scrollable-region-focusable); when everything fits it is a plain box, with no extra tab stop.
 */
export function ScrollArea({
  label,
  className,
  children,
}: {
  /** The region's name; by default the caption of the table inside. */
  label?: string;
  className?: string;
  children: ReactNode;
}) {
  // The same while the language stays: the name is measured again when it changes.
  const intl = useIntl();
  const ref = useRef<HTMLDivElement>(null);
  const [name, setName] = useState<string | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const scrolls =
        element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
      setName(scrolls ? nameOf(element, label, intl) : null);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [label, intl]);

  const classes = ['table-scroll', className].filter(Boolean).join(' ');
  // One element whatever the state, so an editor inside never loses its text or focus when the
  // box starts or stops scrolling.
  return (
    <div
      ref={ref}
      className={classes}
      {...(name === null ? {} : { role: 'region', 'aria-label': name, tabIndex: 0 })}
    >
      {children}
    </div>
  );
}
