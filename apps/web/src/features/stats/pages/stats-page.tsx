import { ZStatsQuery, resolveStatsRange, type TStatsGrouping, type TStatsQuery, type TStatsReport } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { CountsChart } from '../../../components/counts-chart.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { AgencyOptions } from '../../catalogue/components/agency-options.tsx';
import { agencyListQuery, fieldListQuery } from '../../catalogue/queries.ts';
import { statsCsvUrl, statsQuery } from '../api.ts';
import { LineChart } from '../components/line-chart.tsx';
import { StackedBarChart } from '../components/stacked-bar-chart.tsx';
import { StatsTable, type StatsTableRow } from '../components/stats-table.tsx';
import { formatCount, formatMonth, formatMonthShort, formatPercentAxis, formatRate, formatRating } from '../format.ts';

/** URL parameters (Vietnamese, like the rest of the public site): ?tu=2026-01&den=2026-12&coQuan=&linhVuc=&nhom=agency */
const PARAM = { from: 'tu', to: 'den', agencyId: 'coQuan', fieldId: 'linhVuc', groupBy: 'nhom' } as const;
const GROUPINGS: readonly TStatsGrouping[] = ['month', 'agency', 'field'];

/**
 * Thống kê (/thong-ke): key figures, a chart of resolved dossiers per month, a chart of
 * the on-time rate and online share, the busiest agencies, and every figure in a table by
 * month, agency or field with a CSV download. The selection lives in the URL.
 */
export function StatsPage() {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const [params, setParams] = useSearchParams();
  const parsed = ZStatsQuery.safeParse({
    from: params.get(PARAM.from) ?? undefined,
    to: params.get(PARAM.to) ?? undefined,
    agencyId: params.get(PARAM.agencyId) ?? undefined,
    fieldId: params.get(PARAM.fieldId) ?? undefined,
  });
  // A hand-edited URL that does not parse shows the default report rather than an error.
  const query: TStatsQuery = parsed.success ? parsed.data : { agencyId: undefined, fieldId: undefined };
  const groupParam = params.get(PARAM.groupBy);
  const urlGroupBy: TStatsGrouping = GROUPINGS.includes(groupParam as TStatsGrouping) ? (groupParam as TStatsGrouping) : 'month';
  // The radio shows the choice at once; the URL (shareable, back button) follows as a navigation.
  const [chosenGroupBy, setChosenGroupBy] = useState<TStatsGrouping | null>(null);
  useEffect(() => setChosenGroupBy(null), [groupParam]);
  const groupBy = chosenGroupBy ?? urlGroupBy;
  const report = useQuery(statsQuery(query));
  const agencies = useQuery(agencyListQuery());
  const fields = useQuery(fieldListQuery());
  const range = resolveStatsRange(query, new Date());
  const [draft, setDraft] = useState({ from: range.from, to: range.to, agencyId: query.agencyId ?? '', fieldId: query.fieldId ?? '' });
  const [draftError, setDraftError] = useState<string | undefined>();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const checked = ZStatsQuery.safeParse(draft);
    if (!checked.success) {
      setDraftError(checked.error.issues[0]?.message);
      return;
    }
    setDraftError(undefined);
    const next = new URLSearchParams();
    for (const key of ['from', 'to', 'agencyId', 'fieldId'] as const) if (draft[key]) next.set(PARAM[key], draft[key]);
    if (groupBy !== 'month') next.set(PARAM.groupBy, groupBy);
    setParams(next);
  };

  const chooseGrouping = (next: TStatsGrouping) => {
    setChosenGroupBy(next);
    const copy = new URLSearchParams(params);
    if (next === 'month') copy.delete(PARAM.groupBy);
    else copy.set(PARAM.groupBy, next);
    setParams(copy, { replace: true, preventScrollReset: true });
  };

  return (
    <Page title={t('pages.stats')} breadcrumbs={[]} lead={t('stats.lead')}>
      <form className="filter-panel" onSubmit={apply} aria-labelledby={`${formId}-filters`} noValidate>
        <h2 id={`${formId}-filters`} className="visually-hidden">
          {t('stats.filters')}
        </h2>
        <TextField id={`${formId}-from`} label={t('stats.from')} type="month" value={draft.from} error={draftError} onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
        <TextField id={`${formId}-to`} label={t('stats.to')} type="month" value={draft.to} onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
        <SelectField id={`${formId}-agency`} label={t('stats.agency')} value={draft.agencyId} onChange={(event) => setDraft({ ...draft, agencyId: event.target.value })}>
          <option value="">{t('stats.allAgencies')}</option>
          <AgencyOptions agencies={agencies.data?.items ?? []} />
        </SelectField>
        <SelectField id={`${formId}-field`} label={t('stats.field')} value={draft.fieldId} onChange={(event) => setDraft({ ...draft, fieldId: event.target.value })}>
          <option value="">{t('stats.allFields')}</option>
          {fields.data?.items.map((field) => (
            <option key={field.id} value={field.id}>
              {field.name}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <Button type="submit">{t('stats.apply')}</Button>
        </div>
      </form>

      {report.isPending ? (
        <Spinner label={t('stats.loading')} />
      ) : report.isError ? (
        <ErrorMessage error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <StatsReportView report={report.data} query={query} groupBy={groupBy} onGroupBy={chooseGrouping} busy={report.isFetching} language={i18n.language} />
      )}
    </Page>
  );
}

function StatsReportView({
  report,
  query,
  groupBy,
  onGroupBy,
  busy,
  language,
}: {
  report: TStatsReport;
  query: TStatsQuery;
  groupBy: TStatsGrouping;
  onGroupBy: (next: TStatsGrouping) => void;
  busy: boolean;
  language: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { totals } = report;
  const from = formatMonth(report.from, language);
  const to = formatMonth(report.to, language);
  const months = report.byMonth.map((row) => formatMonthShort(row.month, language));
  const count = (value: number) => formatCount(value, language);
  const percent = (value: number) => formatPercentAxis(value, language);
  const toPercent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

  const bars = [
    { key: 'early', label: t('stats.early'), values: report.byMonth.map((row) => row.resolvedEarly) },
    { key: 'on-time', label: t('stats.onTime'), values: report.byMonth.map((row) => row.resolvedOnTime) },
    { key: 'late', label: t('stats.late'), values: report.byMonth.map((row) => row.resolvedLate) },
  ];
  const lines = [
    { key: 'on-time', label: t('stats.onTimeLine'), values: report.byMonth.map((row) => toPercent(row.onTimeRate)) },
    { key: 'online', label: t('stats.onlineLine'), values: report.byMonth.map((row) => toPercent(row.onlineShare)) },
  ];
  const describe = (title: string, parts: (i: number) => string) =>
    t('stats.chartSummary', { title, points: report.byMonth.map((row, i) => `${formatMonth(row.month, language)}: ${parts(i)}`).join('; ') });

  const groupTitle = { month: t('stats.byMonth'), agency: t('stats.byAgency'), field: t('stats.byField') }[groupBy];
  const rows: StatsTableRow[] =
    groupBy === 'month'
      ? report.byMonth.map((row) => ({ key: row.month, label: formatMonth(row.month, language), figures: row }))
      : groupBy === 'agency'
        ? report.byAgency.map((row) => ({ key: row.agency.id, label: row.agency.name, figures: row }))
        : report.byField.map((row) => ({ key: row.field.id, label: row.field.name, figures: row }));

  return (
    <div className="stats-report" aria-busy={busy}>
      <p className="stats-report__scope" role="status">
        {[t('stats.scope', { from, to }), report.agency?.name, report.field?.name].filter(Boolean).join(' · ')}
      </p>

      <section aria-labelledby={`${id}-key`}>
        <h2 id={`${id}-key`}>{t('stats.keyFigures')}</h2>
        <dl className="stats-cards">
          <StatsCard label={t('stats.received')} value={count(totals.received)} detail={t('stats.receivedDetail', { submitted: count(totals.submitted) })} />
          <StatsCard
            label={t('stats.resolved')}
            value={count(totals.resolved)}
            detail={t('stats.resolvedDetail', { inProgress: count(totals.inProgress), returned: count(totals.returned) })}
          />
          <StatsCard
            label={t('stats.onTimeRate')}
            value={formatRate(totals.onTimeRate, language, t('stats.noValue'))}
            detail={t('stats.onTimeDetail', { early: count(totals.resolvedEarly), onTime: count(totals.resolvedOnTime), late: count(totals.resolvedLate) })}
          />
          <StatsCard
            label={t('stats.onlineShare')}
            value={formatRate(totals.onlineShare, language, t('stats.noValue'))}
            detail={t('stats.onlineDetail', { online: count(totals.receivedOnline) })}
          />
          <StatsCard
            label={t('stats.satisfaction')}
            value={totals.averageRating === null ? t('stats.noValue') : t('stats.satisfactionValue', { value: formatRating(totals.averageRating, language) })}
            detail={t('stats.satisfactionDetail', { count: count(totals.ratingCount) })}
          />
        </dl>
      </section>

      <div className="stats-charts">
        <StackedBarChart
          title={t('stats.resolvedChart')}
          summary={describe(t('stats.resolvedChart'), (i) => bars.map((bar) => `${bar.label} ${count(bar.values[i] ?? 0)}`).join(', '))}
          categories={months}
          series={bars}
          formatValue={count}
        />
        <LineChart
          title={t('stats.ratesChart')}
          summary={describe(t('stats.ratesChart'), (i) => lines.map((line) => `${line.label} ${line.values[i] === null ? t('stats.noValue') : percent(line.values[i]!)}`).join(', '))}
          categories={months}
          series={lines}
          formatValue={percent}
        />
        {report.byAgency.length > 1 ? (
          <CountsChart
            caption={t('stats.agencyChart')}
            rows={report.byAgency.slice(0, 10).map((row) => ({ key: 'agency', label: row.agency.name, count: row.received }))}
          />
        ) : null}
      </div>
      <p className="form-field__hint">{t('stats.chartNote')}</p>

      <section aria-labelledby={`${id}-table`}>
        <h2 id={`${id}-table`}>{t('stats.tableHeading')}</h2>
        <div className="stats-table-tools">
          <fieldset className="segmented">
            <legend>{t('stats.groupBy')}</legend>
            {GROUPINGS.map((grouping) => (
              <label key={grouping} className="segmented__option">
                <input type="radio" name={`${id}-group`} value={grouping} checked={groupBy === grouping} onChange={() => onGroupBy(grouping)} />
                {{ month: t('stats.byMonth'), agency: t('stats.byAgency'), field: t('stats.byField') }[grouping]}
              </label>
            ))}
          </fieldset>
          <a className="button button--secondary" href={statsCsvUrl(query, groupBy, language)} download>
            {t('stats.downloadCsv')}
          </a>
        </div>
        {rows.length === 0 ? (
          <p role="status">{t('stats.emptyGroup')}</p>
        ) : (
          <StatsTable caption={t('stats.tableCaption', { group: groupTitle.toLowerCase(), from, to })} groupTitle={groupTitle} rows={rows} total={totals} />
        )}
      </section>

      <details className="stats-rules">
        <summary>{t('stats.rules')}</summary>
        <p>{t('stats.rulesText')}</p>
      </details>
    </div>
  );
}

function StatsCard({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="stats-card">
      <dt className="stats-card__label">{label}</dt>
      <dd className="stats-card__value">{value}</dd>
      <dd className="stats-card__detail">{detail}</dd>
    </div>
  );
}
