import { ZLookupCode, type TLookupByReceiptForm, type TLookupCriteria } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { lookupDossier, lookupKeys } from '../api.ts';
import { LookupByCodeForm, LookupByReceiptForm } from '../components/lookup-forms.tsx';
import { LookupResult } from '../components/lookup-result.tsx';

const sameCriteria = (a: TLookupCriteria | null, b: TLookupCriteria) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Tra cứu hồ sơ (/tra-cuu?code=…): the receipt's QR code and the e-mails open this page
 * with the code, and it looks the dossier up at once. A search by code puts the code in
 * the address (shareable); a search by receipt number puts only the receipt number there,
 * never the CCCD (addresses end up in histories, shared links and server logs).
 */
export function LookupPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const urlCode = params.get('code') ?? '';
  const urlReceiptNo = params.get('receiptNo') ?? '';
  const [receipt, setReceipt] = useState<TLookupByReceiptForm | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const focusResult = useRef(false);

  // The receipt search belongs to the address it wrote: a code in the address (a QR link)
  // or moving back and forth in the history leaves it behind.
  const receiptActive = receipt !== null && !urlCode && urlReceiptNo === receipt.receiptNo;
  const fromUrl = urlCode ? ZLookupCode.safeParse(urlCode) : null;
  const criteria: TLookupCriteria | null = receiptActive
    ? { by: 'receipt', ...receipt }
    : fromUrl?.success
      ? { by: 'code', code: fromUrl.data }
      : null;

  const lookup = useQuery({
    queryKey: criteria ? lookupKeys.one(criteria) : lookupKeys.all,
    queryFn: ({ signal }) => lookupDossier(criteria!, signal),
    enabled: criteria !== null,
    // Every request counts against the per-IP limit: only ask when the visitor does.
    staleTime: 60 * 1000,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

  useEffect(() => {
    if (!focusResult.current || lookup.isFetching) return;
    focusResult.current = false;
    resultHeading.current?.focus();
  }, [lookup.isFetching]);

  const search = (next: TLookupCriteria) => {
    focusResult.current = true;
    if (sameCriteria(criteria, next)) {
      void lookup.refetch();
      return;
    }
    if (next.by === 'code') {
      setReceipt(null);
      setParams({ code: next.code });
    } else {
      setReceipt({ receiptNo: next.receiptNo, idNumber: next.idNumber });
      setParams({ receiptNo: next.receiptNo });
    }
  };

  const error = lookup.error;
  const notFound = isApiError(error) && error.status === 404;
  const rateLimited = isApiError(error) && error.status === 429;

  return (
    <Page title={t('pages.lookup')} breadcrumbs={[]} lead={t('lookup.lead')}>
      <div className="lookup-forms">
        <LookupByCodeForm initialCode={urlCode} busy={lookup.isFetching} onSearch={(code) => search({ by: 'code', code })} />
        <LookupByReceiptForm initialReceiptNo={urlReceiptNo} busy={lookup.isFetching} onSearch={(values) => search({ by: 'receipt', ...values })} />
      </div>

      {criteria ? (
        <div className="lookup-answer">
          {lookup.isFetching ? <Spinner label={t('lookup.searching')} /> : null}
          {!lookup.isFetching && notFound ? (
            <div className="alert alert--info" role="status">
              <h2 className="alert__title" ref={resultHeading} tabIndex={-1}>
                {t('lookup.notFoundTitle')}
              </h2>
              <p>{t('lookup.notFoundBody')}</p>
            </div>
          ) : null}
          {!lookup.isFetching && rateLimited ? (
            <div className="alert alert--warning" role="alert">
              <h2 className="alert__title" ref={resultHeading} tabIndex={-1}>
                {t('lookup.rateLimitedTitle')}
              </h2>
              <p>{t('lookup.rateLimitedBody')}</p>
            </div>
          ) : null}
          {!lookup.isFetching && error && !notFound && !rateLimited ? <ErrorMessage error={error} onRetry={() => void lookup.refetch()} /> : null}
          {!lookup.isFetching && lookup.data ? <LookupResult dossier={lookup.data} headingRef={resultHeading} /> : null}
        </div>
      ) : null}
    </Page>
  );
}
