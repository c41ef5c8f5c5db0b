// The interface catalogs by language; useT (store-context.tsx) picks the current one.
import type { Lang } from '../../domain/types';
import { en } from './en';
import type { UiCatalog } from './types';
import { vi } from './vi';

export const CATALOGS: Record<Lang, UiCatalog> = { en, vi };
