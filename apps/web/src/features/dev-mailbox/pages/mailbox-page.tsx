import { formatDateTimeVn } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { paths } from '../../../lib/paths.ts';
import type { TMailboxMessage } from '../api.ts';
import { messageDocument } from '../message-frame.ts';
import { mailboxQuery } from '../queries.ts';

function MessageView({ message }: { message: TMailboxMessage }) {
  const { t } = useTranslation();
  return (
    <article className="mailbox-message" aria-labelledby="mailbox-subject">
      <p>
        <Link to={paths.devMailbox}>{t('auth.mailbox.back')}</Link>
      </p>
      <h2 id="mailbox-subject">{message.subject}</h2>
      <dl className="account-facts">
        <dt>{t('auth.mailbox.from')}</dt>
        <dd>{message.from}</dd>
        <dt>{t('auth.mailbox.to')}</dt>
        <dd>{message.to.join(', ')}</dd>
        <dt>{t('auth.mailbox.received')}</dt>
        <dd>{formatDateTimeVn(new Date(message.receivedAt))}</dd>
      </dl>
      {message.html ? (
        <iframe
          className="mailbox-message__frame"
          title={t('auth.mailbox.frame', { subject: message.subject })}
          sandbox="allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox"
          referrerPolicy="no-referrer"
          srcDoc={messageDocument(message.html)}
        />
      ) : null}
      {message.links.length > 0 ? (
        <section aria-labelledby="mailbox-links">
          <h3 id="mailbox-links">{t('auth.mailbox.links')}</h3>
          <ul className="link-list mailbox-message__links">
            {message.links.map((link) => (
              <li key={link}>
                <a href={link}>{link}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <details>
        <summary>{t('auth.mailbox.text')}</summary>
        <pre className="mailbox-message__text">{message.text}</pre>
      </details>
    </article>
  );
}

/** /dev/mailbox: what the embedded SMTP server received (development and tests only). */
export function MailboxPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const selectedId = searchParams.get('id');
  const query = useQuery(mailboxQuery());
  const unavailable = isApiError(query.error) && query.error.status === 404;
  const messages = query.data?.items ?? [];
  const selected = selectedId ? messages.find((message) => message.id === selectedId) : undefined;

  return (
    <Page
      title={t('auth.mailbox.title')}
      breadcrumbs={[]}
      lead={t('auth.mailbox.lead')}
      actions={
        <Button variant="secondary" onClick={() => void query.refetch()}>
          {t('auth.mailbox.refresh')}
        </Button>
      }
    >
      {query.isPending ? <Spinner /> : null}
      {unavailable ? <p className="alert alert--info">{t('auth.mailbox.unavailable')}</p> : null}
      {query.isError && !unavailable ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {selectedId && query.data ? selected ? <MessageView message={selected} /> : <p className="alert alert--info">{t('auth.mailbox.notFound')}</p> : null}
      {!selectedId && query.data ? (
        messages.length === 0 ? (
          <p className="empty-state">{t('auth.mailbox.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table mailbox-table">
              <thead>
                <tr>
                  <th scope="col">{t('auth.mailbox.received')}</th>
                  <th scope="col">{t('auth.mailbox.to')}</th>
                  <th scope="col">{t('auth.mailbox.subject')}</th>
                </tr>
              </thead>
              <tbody>
                {messages.map((message) => (
                  <tr key={message.id}>
                    <td>{formatDateTimeVn(new Date(message.receivedAt))}</td>
                    <td>{message.to.join(', ')}</td>
                    <td>
                      <Link to={`${paths.devMailbox}?id=${encodeURIComponent(message.id)}`}>{message.subject || '—'}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </Page>
  );
}
