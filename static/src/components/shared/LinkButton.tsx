import type { ComponentPropsWithoutRef, CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import '../../focus.css';

const linkLook: CSSProperties = {
  padding: 0,
  border: 0,
  background: 'none',
  font: 'inherit',
  color: token('color.link'),
  textAlign: 'start',
  textDecoration: 'underline',
  cursor: 'pointer',
};

type LinkButtonProps = Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'style' | 'className'>;

/**
 * A button that reads as a link inside text or a table cell: it opens a dialog in place rather
 * than going anywhere, so it is a button to assistive technology.
 *
 * A plain button on purpose: Atlaskit's Button has no link appearance any more; the compiled
 * Pressable takes its look only from `cssMap`, which needs the Compiled build step this page
 * does not have; and the runtime Pressable would bring Emotion into the first load, where the
 * status summary's count of spaces uses this.
 */
export function LinkButton(props: LinkButtonProps) {
  // eslint-disable-next-line @atlaskit/design-system/no-html-button -- see above
  return <button type="button" className="gp-focus-ring" style={linkLook} {...props} />;
}
