import { useI18n } from '../../hooks/useI18n';
import { styles } from '../../styles';

const FACTS = 6;
const ROWS = 3;

function Bar({ width, tall }: { width: string; tall?: boolean }) {
  return <span style={{ ...(tall ? styles.skeletonHeading : styles.skeletonBar), width }} />;
}

/**
 * The shape of the status and the recent backups, while the first read is slow: the page keeps
 * its place instead of a lone spinner, and nothing jumps when the facts arrive. Plain boxes in
 * the theme's skeleton colour, so it costs the first load nothing.
 */
export function StatusSkeleton() {
  const { t } = useI18n();
  return (
    <div role="img" aria-label={t('loading.overview')} style={styles.skeleton}>
      <span style={styles.skeletonVerdict} />
      <Bar width="160px" tall />
      <div style={styles.facts}>
        {Array.from({ length: FACTS }, (_, index) => (
          <span key={index} style={styles.fact}>
            <Bar width="40%" />
            <Bar width="70%" />
          </span>
        ))}
      </div>
      <span style={styles.section}>
        <Bar width="180px" tall />
      </span>
      {Array.from({ length: ROWS }, (_, index) => (
        <Bar key={index} width="100%" />
      ))}
    </div>
  );
}
