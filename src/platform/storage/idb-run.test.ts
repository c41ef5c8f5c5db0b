import { createStore, get } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createRunner, request } from './idb-run';

let n = 0;
const fresh = () => {
  const store = createStore(`test-run-${++n}`, 'kv');
  return { store, run: createRunner(store) };
};

describe('createRunner', () => {
  it('runs a write with a durability hint on the same store, and resolves once it has committed', async () => {
    const { store, run } = fresh();
    const seen = await run(
      'readwrite',
      async (os) => {
        os.put('v', 'k');
        return os.transaction.durability;
      },
      { durability: 'relaxed' },
    );
    expect(seen).toBe('relaxed');
    expect(await get('k', store)).toBe('v');
    // Without options, the store's own transactions (the browser's default durability).
    expect(await run('readonly', async (os) => [os.transaction.durability, await request(os.get('k'))])).toEqual(['default', 'v']);
  });

  it('aborts a hinted write whose body throws: nothing of it is kept', async () => {
    const { store, run } = fresh();
    await expect(
      run(
        'readwrite',
        async (os) => {
          os.put('half', 'k');
          throw new Error('boom');
        },
        { durability: 'relaxed' },
      ),
    ).rejects.toThrow('boom');
    expect(await get('k', store)).toBeUndefined();
  });
});
