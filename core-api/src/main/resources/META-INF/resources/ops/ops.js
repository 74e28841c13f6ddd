// The ops page: polls /api/ops/snapshot every second and /admin/ops (with the admin token) every 5 s, and draws the
// series the snapshot carries. Every figure is computed by core-api; this file only draws.
'use strict';

const SNAPSHOT_EVERY_MS = 1000;
const ADMIN_EVERY_MS = 5000;
const TOKEN_KEY = 'hybridstore-admin-token';
const COLORS = { c1: '#4fc3f7', c2: '#aed581', c3: '#ffb74d', c4: '#e57373', grid: '#2a333d', dim: '#8a96a3' };

const $ = (id) => document.getElementById(id);
const text = (id, value) => { $(id).textContent = value; };

function num(v, digits = 0) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  return Number(v).toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
function bytes(v) {
  if (v === null || v === undefined) return '–';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (v >= 1024 && i < units.length - 1) { v /= 1024; i++; }
  return `${v.toFixed(i ? 1 : 0)} ${units[i]}`;
}
function percent(v) { return v === null || v === undefined ? '–' : `${(v * 100).toFixed(1)} %`; }

// A canvas sized to its CSS box at the screen's pixel ratio.
function context(canvas) {
  const ratio = window.devicePixelRatio || 1;
  const w = canvas.clientWidth, h = canvas.clientHeight;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
  }
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.font = '10px system-ui, sans-serif';
  return { ctx, w, h };
}

// Lines over time: series [{ key, color, format }] read from history points; the x axis spans the history's window.
// fromZero false: the axis spans the series' own range (a database size moves little against its total).
function plot(canvas, history, series, { max = null, fromZero = true, format = (v) => num(v, 1) } = {}) {
  const { ctx, w, h } = context(canvas);
  const left = 4, right = w - 4, top = 12, bottom = h - 12;
  const times = history.map((p) => Date.parse(p.at));
  const t1 = times.length ? times[times.length - 1] : Date.now();
  const t0 = Math.min(times.length ? times[0] : t1, t1 - 60000);
  const values = series.flatMap((s) => history.map((p) => p[s.key])).filter((v) => v !== null && v !== undefined);
  let top_value = max, low = 0;
  if (top_value === null) {
    top_value = values.length ? Math.max(...values) : 0;
    if (!fromZero && values.length) {
      low = Math.min(...values);
      const pad = Math.max((top_value - low) * 0.1, top_value * 0.001, 1);
      low = Math.max(0, low - pad); top_value += pad;
    } else {
      top_value = top_value > 0 ? top_value * 1.1 : 1;
    }
  }
  ctx.strokeStyle = COLORS.grid; ctx.lineWidth = 1;
  for (const f of [0, 0.5, 1]) {
    const y = bottom - f * (bottom - top);
    ctx.beginPath(); ctx.moveTo(left, y); ctx.lineTo(right, y); ctx.stroke();
  }
  ctx.fillStyle = COLORS.dim;
  ctx.fillText(format(top_value), left + 2, top - 2);
  if (low > 0) ctx.fillText(format(low), right - ctx.measureText(format(low)).width - 2, h - 1);
  ctx.fillText(`${Math.round((t1 - t0) / 60000 * 10) / 10} min`, left + 2, h - 1);
  const x = (t) => left + (right - left) * (t - t0) / Math.max(1, t1 - t0);
  const y = (v) => bottom - (bottom - top) * (Math.min(v, top_value) - low) / (top_value - low);
  for (const s of series) {
    ctx.strokeStyle = s.color; ctx.lineWidth = 1.6; ctx.beginPath();
    let drawing = false;
    history.forEach((p, i) => {
      const v = p[s.key];
      if (v === null || v === undefined) { drawing = false; return; }
      if (drawing) ctx.lineTo(x(times[i]), y(v)); else ctx.moveTo(x(times[i]), y(v));
      drawing = true;
    });
    ctx.stroke();
  }
}

// One bar per partition: its lag now.
function bars(canvas, partitions) {
  const { ctx, w, h } = context(canvas);
  if (!partitions || !partitions.length) { ctx.fillStyle = COLORS.dim; ctx.fillText('Kafka is down', 4, 14); return; }
  const max = Math.max(1, ...partitions.map((p) => p.lag));
  const slot = (w - 8) / partitions.length, bottom = h - 12;
  partitions.forEach((p, i) => {
    const bh = (bottom - 12) * p.lag / max;
    ctx.fillStyle = COLORS.c3;
    ctx.fillRect(4 + i * slot + 2, bottom - bh, slot - 4, bh);
    ctx.fillStyle = COLORS.dim;
    ctx.fillText(`p${p.partition}`, 4 + i * slot + 2, h - 1);
    ctx.fillText(num(p.lag), 4 + i * slot + 2, bottom - bh - 2);
  });
}

function renderServices(snapshot) {
  const list = $('services');
  list.replaceChildren();
  const items = [
    ...Object.entries(snapshot.engines).map(([name, up]) => ({ name, up, title: name })),
    ...snapshot.services.map((s) => ({ name: s.name, up: s.up, title: s.name })),
  ];
  for (const item of items) {
    const li = document.createElement('li');
    li.className = item.up ? 'up' : 'down';
    li.title = item.title;
    li.textContent = item.up ? item.name : `${item.name} down`;
    list.append(li);
  }
}

function render(s) {
  const history = s.history;
  text('accepted-rate', num(s.orders.accepted_per_second, 1));
  text('stored-rate', num(s.orders.stored_per_second, 1));
  text('accepted-total', num(s.orders.accepted));
  text('stored-total', num(s.orders.stored));
  plot($('plot-orders'), history, [{ key: 'accepted_per_second', color: COLORS.c1 }, { key: 'stored_per_second', color: COLORS.c3 }]);

  text('lag-total', s.lag ? num(s.lag.total) : 'Kafka down');
  text('lag-group', s.lag ? `group ${s.lag.group} on ${s.lag.topic}` : '');
  plot($('plot-lag'), history, [{ key: 'lag', color: COLORS.c3 }], { format: (v) => num(v) });
  bars($('bars-lag'), s.lag && s.lag.partitions);

  text('dlq-total', num(s.dlq.records));
  text('dlq-rate', num(history.length ? history[history.length - 1].dlq_per_second : null, 2));
  plot($('plot-dlq'), history, [{ key: 'dlq_per_second', color: COLORS.c4 }], { format: (v) => num(v, 2) });
  const reasons = $('dlq-reasons');
  while (reasons.rows.length) reasons.deleteRow(0);
  if (s.dlq.by_reason === null) {
    reasons.insertRow().insertCell().textContent = 'order-consumer is down: no reasons';
  } else {
    const entries = Object.entries(s.dlq.by_reason).sort((a, b) => b[1] - a[1]);
    if (!entries.length) reasons.insertRow().insertCell().textContent = 'no dead letters since the consumers started';
    for (const [reason, count] of entries) {
      const row = reasons.insertRow();
      row.insertCell().textContent = reason;
      row.insertCell().textContent = num(count);
    }
  }

  text('hit-ratio', percent(s.cache.hit_ratio));
  text('fallback-rate', num(s.cache.redis_fallbacks_per_second, 2));
  text('hits', num(s.cache.hits)); text('misses', num(s.cache.misses)); text('fallbacks', num(s.cache.redis_fallbacks));
  plot($('plot-cache'), history, [{ key: 'hit_ratio', color: COLORS.c1 }], { max: 1, format: percent });

  const aging = s.aging_backlog;
  text('aging-total', aging ? num(aging.users + aging.products) : 'PostgreSQL down');
  text('aging-detail', aging ? `users ${num(aging.users)} · products ${num(aging.products)}` : '');
  plot($('plot-aging'), history, [{ key: 'aging_backlog', color: COLORS.c2 }], { format: (v) => num(v) });

  const e = s.embeddings;
  text('embedding-total', e ? num(Object.values(e.backlog).reduce((a, b) => a + b, 0)) : 'ai-worker down');
  text('embedding-given-up', e ? num(e.given_up) : '–');
  text('embedding-detail', e ? Object.entries(e.backlog).map(([k, v]) => `${k} ${num(v)}`).join(' · ') : '');
  plot($('plot-embeddings'), history, [{ key: 'embedding_backlog', color: COLORS.c2 }], { format: (v) => num(v) });

  text('db-size', bytes(s.database.size_bytes));
  text('slow-rate', num(s.database.slow_queries_per_second, 2));
  text('slow-total', num(s.database.slow_queries));
  text('slow-threshold', num(s.database.slow_threshold_ms));
  text('slow-statements', s.database.slow_statements === null ? 'n/a' : num(s.database.slow_statements));
  plot($('plot-size'), history, [{ key: 'db_size_bytes', color: COLORS.c1 }], { fromZero: false, format: bytes });
  plot($('plot-database'), history, [{ key: 'slow_queries_per_second', color: COLORS.c3 }], { format: (v) => num(v, 2) });

  renderServices(s);
  const status = $('status');
  status.className = 'status';
  status.textContent = `updated ${new Date(s.at).toLocaleTimeString()}`;
}

async function poll() {
  try {
    const response = await fetch('/api/ops/snapshot', { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    render(await response.json());
  } catch (e) {
    const status = $('status');
    status.className = 'status stale';
    status.textContent = `core-api does not answer (${e.message}); retrying`;
  } finally {
    setTimeout(poll, SNAPSHOT_EVERY_MS);
  }
}

function locked(message) {
  $('admin-lock').textContent = 'locked'; $('admin-lock').className = 'lock';
  $('admin-panels').hidden = true; $('admin-form').hidden = false;
  text('admin-message', message);
}

async function pollAdmin() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) { locked('Needs the admin token: it stays in this tab only.'); return; }
  try {
    const response = await fetch('/admin/ops', { cache: 'no-store', headers: { Authorization: `Bearer ${token}` } });
    const body = await response.json();
    if (!response.ok) {
      if (response.status === 401 || response.status === 403) sessionStorage.removeItem(TOKEN_KEY);
      locked(body.detail || `HTTP ${response.status}`);
      return;
    }
    $('admin-lock').textContent = 'unlocked'; $('admin-lock').className = 'lock open';
    $('admin-panels').hidden = false; $('admin-form').hidden = true;
    const m = body.last_migration;
    text('last-migration', m ? `V${m.version} ${m.description} · ${m.success ? 'applied' : 'FAILED'} ${new Date(m.installed_on).toLocaleString()}` : 'none');
    text('pending-migrations', num(body.pending_migrations));
    const b = body.last_backup;
    text('last-backup', b ? `${b.name} · ${bytes(b.size_bytes)} · ${new Date(b.created_at).toLocaleString()}` : 'none yet');
    text('backup-directory', body.backup_directory);
    text('admin-message', `database ${body.database}`);
  } catch (e) {
    text('admin-message', `admin figures unavailable (${e.message})`);
  }
}

$('admin-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $('admin-token').value.trim();
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  $('admin-token').value = '';
  pollAdmin();
});

poll();
pollAdmin();
setInterval(pollAdmin, ADMIN_EVERY_MS);
