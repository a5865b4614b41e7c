import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { fill } from '../../locales';
import { useMessages } from '../i18n';

/**
 * The pane opened outside Excel: what it is for, and how to add it to Excel. Or, when office.js itself did
 * not load (`officeJs`: the address tried), that the server cannot reach it: for the admin, not the planner.
 */
export const NoHost = ({ officeJs }: { officeJs?: string }) => {
  const { m } = useMessages();
  const words = officeJs === undefined ? m.pane.noHost : m.pane.noOfficeJs;
  return (
    <MessageBar intent={officeJs === undefined ? 'info' : 'warning'} data-testid="no-host" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{words.title}</MessageBarTitle>
        {fill(words.body, { url: officeJs ?? '' })}{' '}
        <Link href="help.html" target="_blank">
          {m.pane.help}
        </Link>
      </MessageBarBody>
    </MessageBar>
  );
};
