import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMessages } from '../i18n';

/** The pane opened outside Excel: what it is for, and how to add it to Excel. */
export const NoHost = () => {
  const { m } = useMessages();
  return (
    <MessageBar intent="info" data-testid="no-host">
      <MessageBarBody>
        <MessageBarTitle>{m.pane.noHost.title}</MessageBarTitle>
        {m.pane.noHost.body}{' '}
        <Link href="help.html" target="_blank">
          {m.pane.help}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
};
