import { describe, expect, it } from 'vitest';
import * as server from '../src/server/index.js';

describe('dabir/server API', () => {
  it('exports exactly this sorted list (a change here is an API change: update the README too)', () => {
    expect(Object.keys(server).sort()).toEqual(['DEFAULT_MAX_BODY_BYTES', 'HTTP_ERROR_CODES', 'createApp', 'startServer']);
  });
});
