/**
 * A short reading of a V8 CPU profile (.cpuprofile, as written by `node --cpu-prof` or
 * bench/catalogue.ts --profile): where the process spent its samples, by package or
 * source folder and by function (self time), so that a bench run says where the time
 * goes without opening DevTools.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "fastify", "@prisma/client", "apps/api/src/features", "node:net", "(garbage collector)" … */
function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName}`;
  const inModules = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inModules) return inModules[1]!;
  if (url.startsWith('node:')) return url;
  const path = url.replace(/^file:\/\//, '');
  const inRepo = /\/(apps|packages|prisma|bench)\/(.+)$/.exec(path);
  return inRepo ? `${inRepo[1]}/${inRepo[2]!.split('/').slice(0, 3).join('/')}` : path;
}

/** Lines: the `top` heaviest owners and functions by self time, in % of all samples. */
export function summarizeProfile(file: string, top = 15): string[] {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const time = profile.timeDeltas[index] ?? 0;
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame;
    const owner = ownerOf(url, functionName);
    const file = /\/((?:apps|packages|prisma|bench)\/.+)$/.exec(url)?.[1] ?? owner;
    const where = `${functionName || '(anonymous)'} ${file}${url ? `:${lineNumber + 1}` : ''}`;
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + time);
    byFunction.set(where, (byFunction.get(where) ?? 0) + time);
    total += time;
  });
  const lines = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, time]) => `  ${((time / Math.max(total, 1)) * 100).toFixed(1).padStart(5)} %  ${name}`);
  return ['self time by package / folder:', ...lines(byOwner), 'self time by function:', ...lines(byFunction)];
}
