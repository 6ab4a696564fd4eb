// Which written speaker labels mean the agent and which the customer (FORMATS.md §1).
import type { Speaker } from './model.js';

export const DEFAULT_AGENT_LABELS = [
  'Agent', 'Agen', 'Operator', 'CS', 'Sekretaris', 'Administrator', 'Admin', 'Resepsionis', 'Petugas', 'Manajer',
] as const;
export const DEFAULT_CUSTOMER_LABELS = [
  'Customer', 'Pelanggan', 'Klien', 'Client', 'Penelepon', 'Caller', 'Nasabah',
] as const;

/** Extra labels from the config's `speakers` section. */
export interface SpeakerLabels {
  readonly agent: readonly string[];
  readonly customer: readonly string[];
}

export const NO_EXTRA_LABELS: SpeakerLabels = { agent: [], customer: [] };

const key = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** Resolves labels case-insensitively; the call's own agent/customer names count too. */
export class SpeakerResolver {
  private readonly map = new Map<string, Speaker>();

  constructor(extra: SpeakerLabels, names: { agent?: string; customer?: string } = {}) {
    for (const l of DEFAULT_AGENT_LABELS) this.map.set(key(l), 'agent');
    for (const l of DEFAULT_CUSTOMER_LABELS) this.map.set(key(l), 'customer');
    for (const l of extra.agent) this.map.set(key(l), 'agent');
    for (const l of extra.customer) this.map.set(key(l), 'customer');
    // The header's names, and their first words ("Anna" for "# agent: Anna Petrova"), unless a
    // first word is shared by both parties.
    const first = (n?: string) => (n ? key(n).split(' ')[0]! : undefined);
    const [fa, fc] = [first(names.agent), first(names.customer)];
    if (fa && fa !== fc && !this.map.has(fa)) this.map.set(fa, 'agent');
    if (fc && fc !== fa && !this.map.has(fc)) this.map.set(fc, 'customer');
    if (names.agent) this.map.set(key(names.agent), 'agent');
    if (names.customer) this.map.set(key(names.customer), 'customer');
  }

  resolve(label: string): Speaker | null {
    return this.map.get(key(label)) ?? null;
  }
}
