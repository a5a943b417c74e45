/** The room's clusters: create one, rename, or remove (its recommendations fall back to none). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { addCluster, type ClusterData, clustersOf, recommendationsOf, setCluster } from '../../../../shared/recommendations.js';

/** Removing a cluster also clears it from its recommendations, in one transaction. */
function removeCluster(doc: Y.Doc, id: string): void {
  doc.transact(() => {
    for (const entry of recommendationsOf(doc).values()) if (entry.get('clusterId') === id) setCluster(entry, null);
    clustersOf(doc).delete(id);
  });
}

/** A details disclosure, so the table stays near the top of the page. */
export function ClusterManager({ doc, clusters, readOnly }: { doc: Y.Doc; clusters: ClusterData[]; readOnly: boolean }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const handleAdd = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim()) addCluster(doc, title.trim());
    setTitle('');
  };
  return (
    <details className="panel cluster-manager">
      <summary>{t('triage.clusters.title', { count: clusters.length })}</summary>
      <ul className="cluster-manager__list">
        {clusters.map((cluster) => (
          <li key={cluster.id}>
            <span>{cluster.title}</span>
            {!readOnly && (
              <button type="button" className="button--quiet" onClick={() => removeCluster(doc, cluster.id)}>
                {t('triage.clusters.remove', { title: cluster.title })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {!readOnly && (
        <form className="inline-form" onSubmit={handleAdd}>
          <label htmlFor="new-cluster-title">{t('triage.clusters.newTitle')}</label>
          <input id="new-cluster-title" value={title} onChange={(event) => setTitle(event.target.value)} />
          <button type="submit">{t('triage.clusters.add')}</button>
        </form>
      )}
    </details>
  );
}
