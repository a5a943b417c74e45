/** Which cluster a recommendation belongs to. */
import { useTranslation } from 'react-i18next';
import { type ClusterData, type RecommendationEntry, setCluster } from '../../../../shared/recommendations.js';

interface ClusterSelectProps {
  entry: RecommendationEntry;
  clusterId: string | null;
  clusters: ClusterData[];
  label: string;
  readOnly: boolean;
}

/** A select of the room's clusters; hidden while there are none. */
export function ClusterSelect({ entry, clusterId, clusters, label, readOnly }: ClusterSelectProps) {
  const { t } = useTranslation();
  if (clusters.length === 0) return null;
  return (
    <select aria-label={label} value={clusterId ?? ''} disabled={readOnly} onChange={(event) => setCluster(entry, event.target.value || null)}>
      <option value="">{t('triage.noCluster')}</option>
      {clusters.map((cluster) => (
        <option key={cluster.id} value={cluster.id}>{cluster.title}</option>
      ))}
    </select>
  );
}
