/**
 * The smallest page that could show the same thing: React, @forge/bridge, one Atlaskit button
 * and one dynamic table. The page's size and speed are judged against it (`npm run bench`).
 */
import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { makeInvoke } from '@forge/bridge';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { BackupJob, Defs, Overview } from '../../src/contract';

const invoke = makeInvoke<Defs>();

const HEAD = {
  cells: ['Start', 'Duration', 'Outcome', 'Succeeded', 'Failed', 'Trigger'].map((name) => ({
    key: name,
    content: name,
  })),
};

function rowOf(job: BackupJob) {
  const took = job.finishedAt === null ? 0 : Date.parse(job.finishedAt) - Date.parse(job.startedAt);
  const cells = [
    new Date(job.startedAt).toLocaleString(),
    `${Math.round(took / 60_000)} min`,
    job.outcome,
    String(job.projectsSucceeded),
    String(job.projectsFailed),
    job.trigger.kind === 'ADMIN' ? job.trigger.displayName : 'Schedule',
  ];
  return { key: job.id, cells: cells.map((content, index) => ({ key: String(index), content })) };
}

function BaselinePage() {
  const [overview, setOverview] = useState<Overview | null>(null);
  useEffect(() => {
    void invoke('getOverview').then((reply) => {
      if (reply.ok) setOverview(reply.data);
    });
  }, []);
  if (!overview?.connected) return <p aria-busy="true">Loading</p>;
  return (
    <main>
      <h1>GitProtect.io</h1>
      <p data-status={overview.status}>Status: {overview.status}</p>
      <Button appearance="primary">Back up now</Button>
      <DynamicTable head={HEAD} rows={overview.recentJobs.map(rowOf)} rowsPerPage={10} />
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <BaselinePage />
    </StrictMode>,
  );
}
