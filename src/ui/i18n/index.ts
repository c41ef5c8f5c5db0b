// Picks the interface catalog for the current language.
import type { Lang } from '../../domain/types';
import { en } from './en';
import type { UiCatalog } from './types';
import { vi } from './vi';

export const CATALOGS: Record<Lang, UiCatalog> = { en, vi };
export type { UiCatalog };
