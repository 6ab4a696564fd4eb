// The vendor adapters, tried in this order when sniffing a file (each detect() is strict).
import type { Adapter } from './types.js';

export const ADAPTERS: readonly Adapter[] = [];

export const ADAPTER_NAMES = ADAPTERS.map((a) => a.name);
