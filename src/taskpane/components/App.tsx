import { Body1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { messages, type Locale } from '../../locales';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
});

export const App = ({ locale }: { locale: Locale }) => {
  const styles = useStyles();
  const m = messages(locale).pane;
  return (
    <main className={styles.root}>
      <Title3>{m.title}</Title3>
      <Body1>{m.intro}</Body1>
    </main>
  );
};
