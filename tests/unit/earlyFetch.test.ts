import { describe, expect, it } from 'vitest';
import { earlyFetchScript } from '../../src/lib/data/earlyFetch';

describe('earlyFetchScript', () => {
  it('requests the data file as soon as the head is read', () => {
    const script = earlyFetchScript('/data/timeline-0123456789ab.json');
    expect(script.startsWith('<script>')).toBe(true);
    expect(script.endsWith('</script>')).toBe(true);
    expect(script).toContain('fetch("/data/timeline-0123456789ab.json")');
  });

  it('cannot be closed early by the address it is given', () => {
    const script = earlyFetchScript('/data/</script><script>alert(1)</script>.json');
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(script).not.toContain('<script>alert');
  });
});
