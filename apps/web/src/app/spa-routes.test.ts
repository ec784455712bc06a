import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { SPA_ROUTE_PATTERNS } from '@portal/domain';
import { routes } from './router.tsx';

/** Every page address the route tree declares, as full patterns (layouts contribute their path). */
function patternsOf(tree: RouteObject[], base = ''): string[] {
  const found: string[] = [];
  for (const route of tree) {
    const path = route.path === undefined ? base : route.path.startsWith('/') ? route.path : `${base.replace(/\/$/, '')}/${route.path}`;
    if (route.index) found.push(path || '/');
    else if (route.path !== undefined && route.path !== '*' && (route.element !== undefined || route.lazy !== undefined) && !route.children?.some((child) => child.index)) found.push(path);
    if (route.children) found.push(...patternsOf(route.children, path));
  }
  return found;
}

describe('SPA routes', () => {
  it('declares exactly the pages @portal/domain lists (the API answers 404 for any other address)', () => {
    const declared = patternsOf(routes).filter((pattern) => pattern !== '');
    expect(new Set(declared).size).toBe(declared.length);
    expect([...declared].sort()).toEqual([...SPA_ROUTE_PATTERNS].sort());
  });
});
