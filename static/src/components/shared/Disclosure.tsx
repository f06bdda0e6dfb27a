import { useId, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import ChevronDownIcon from '@atlaskit/icon/core/chevron-down';
import ChevronRightIcon from '@atlaskit/icon/core/chevron-right';

interface DisclosureProps {
  /** The line that opens and closes what it discloses. */
  label: string;
  children: ReactNode;
}

/**
 * A line that opens to more, drawn as Atlassian's subtle button with a chevron rather than the
 * browser's disclosure triangle. What it discloses stays in the document, hidden, so the button
 * always has something to name in `aria-controls`.
 */
export function Disclosure({ label, children }: DisclosureProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div>
      <Button
        appearance="subtle"
        spacing="compact"
        iconBefore={open ? ChevronDownIcon : ChevronRightIcon}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((shown) => !shown)}
      >
        {label}
      </Button>
      <div id={id} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
