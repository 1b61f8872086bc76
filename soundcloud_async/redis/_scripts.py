"""The Lua scripts: each one Redis round trip, atomic (Redis runs a script to its end alone).

Tokens (`RedisTokenStore`): a lease lock and a fence. Taking the lock hands out the next fence
number; a save carries its holder's fence and is refused once a later holder has saved, so a
holder whose lease ran out cannot overwrite a newer token with an older one.

Budgets (`RedisRateBudget`): the token bucket of `soundcloud_async.budgets.BucketState`, over
every bucket a request draws from at once, on Redis's clock (one clock for every host).
"""

from __future__ import annotations

__all__ = ["ACQUIRE", "CLEAR", "DRAIN", "EXTEND", "RELEASE", "RESERVE", "SAVE"]

# KEYS: lock, meta, token. ARGV: owner, lease_ms. Returns the fence, or 0 when held by another.
# The meta hash keeps `counter` (fences handed out) and `written` (fence of the stored token);
# it lives at least as long as the token, so fences never restart below a live holder's.
ACQUIRE = """
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 0 end
local fence = redis.call('HINCRBY', KEYS[2], 'counter', 1)
local token_ttl = redis.call('PTTL', KEYS[3])
local floor = 4 * tonumber(ARGV[2])
if token_ttl == -1 then redis.call('PERSIST', KEYS[2])
else redis.call('PEXPIRE', KEYS[2], math.max(token_ttl, floor)) end
return fence
"""

# KEYS: lock. ARGV: owner, lease_ms. Returns 1 if the lease was extended, 0 if it was lost.
EXTEND = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
return redis.call('PEXPIRE', KEYS[1], ARGV[2])
"""

# KEYS: lock. ARGV: owner. Deletes the lock only if this owner still holds it.
RELEASE = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

# KEYS: token, meta. ARGV: token JSON, fence ('' for a save outside the lock: a new fence),
# ttl_ms ('0': no expiry). Returns 1 when saved, 0 when a later holder saved first.
SAVE = """
local fence = tonumber(ARGV[2])
if not fence then fence = redis.call('HINCRBY', KEYS[2], 'counter', 1) end
local written = tonumber(redis.call('HGET', KEYS[2], 'written') or '0')
if written > fence then return 0 end
redis.call('HSET', KEYS[2], 'written', fence)
local ttl = tonumber(ARGV[3])
if ttl > 0 then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
  redis.call('PEXPIRE', KEYS[2], ttl)
else
  redis.call('SET', KEYS[1], ARGV[1])
  redis.call('PERSIST', KEYS[2])
end
return 1
"""

# KEYS: token, meta. Forgets the token and fences out every holder that took the lock before.
CLEAR = """
redis.call('DEL', KEYS[1])
local fence = redis.call('HINCRBY', KEYS[2], 'counter', 1)
redis.call('HSET', KEYS[2], 'written', fence)
return 1
"""

# Opens both budget scripts: `now` is ARGV[1] when a test passes a clock, else Redis's own
# clock, shared by every host.
_NOW = """
-- Redis < 7 replicates a script that read TIME only as its effects, if asked to.
if redis.replicate_commands then redis.replicate_commands() end
local now = tonumber(ARGV[1])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) + tonumber(t[2]) / 1000000
end
"""

# KEYS: one hash per bucket. ARGV: now ('' for Redis's clock), max_wait, then limit and per for
# each key. Returns {granted (1/0), wait (string: Lua numbers become integers in replies), index
# of the bucket that decided the wait (0: none)}. Same arithmetic as BucketState.wait.
RESERVE = (
    _NOW
    + """local max_wait = tonumber(ARGV[2])
local tokens, stamps = {}, {}
local worst, worst_i = 0, 0
for i = 1, #KEYS do
  local limit, per = tonumber(ARGV[1 + 2 * i]), tonumber(ARGV[2 + 2 * i])
  local rate = limit / per
  local state = redis.call('HMGET', KEYS[i], 't', 's')
  local t, s = tonumber(state[1]) or limit, tonumber(state[2]) or now
  if now > s then t = math.min(limit, t + (now - s) * rate); s = now end
  local wait = (s - now) + math.max(0, 1 - t) / rate
  tokens[i], stamps[i] = t, s
  if wait > worst then worst, worst_i = wait, i end
end
if worst > max_wait then return {0, string.format('%.6f', worst), worst_i} end
for i = 1, #KEYS do
  local limit, per = tonumber(ARGV[1 + 2 * i]), tonumber(ARGV[2 + 2 * i])
  local t = tokens[i] - 1
  redis.call('HSET', KEYS[i], 't', string.format('%.6f', t), 's', string.format('%.6f', stamps[i]))
  -- Gone once full again: an absent bucket reads as full.
  local full_in = (stamps[i] - now) + (limit - t) * per / limit
  redis.call('PEXPIRE', KEYS[i], math.ceil(full_in * 1000) + 1000)
end
return {1, string.format('%.6f', worst), worst_i}
"""
)

# KEYS: one hash per bucket. ARGV: now ('' for Redis's clock), until, then limit for each key.
# Empty until `until`, full from then on (SoundCloud's window resets then).
DRAIN = (
    _NOW
    + """local until_ = tonumber(ARGV[2])
for i = 1, #KEYS do
  local s = tonumber(redis.call('HGET', KEYS[i], 's') or '0')
  if until_ > s and until_ > now then
    redis.call('HSET', KEYS[i], 't', ARGV[2 + i], 's', string.format('%.6f', until_))
    redis.call('PEXPIRE', KEYS[i], math.ceil((until_ - now) * 1000) + 1000)
  end
end
return 1
"""
)
