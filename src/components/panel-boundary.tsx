import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { LanguageContext } from '../i18n/language.tsx';
import { stringsOf } from '../i18n/languages.ts';

interface PanelBoundaryProps {
  /** The panel's name as the user knows it ("Egenskaper"), for the message. */
  readonly name: string;
  readonly children: ReactNode;
}

/**
 * An error boundary around one panel: a panel that throws while rendering shows what failed and a
 * way to try again, and the other panels keep working (code-style.md habit 10).
 */
export class PanelBoundary extends Component<PanelBoundaryProps, { error: Error | undefined }> {
  static override contextType = LanguageContext;
  declare context: ContextType<typeof LanguageContext>;
  override state: { error: Error | undefined } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`Panel "${this.props.name}" failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = stringsOf(this.context).panelError;
    return (
      <section className="panel panel-error" role="alert">
        <h2>{t.failed(this.props.name)}</h2>
        <p>{t.explain}</p>
        <p>
          <code>{error.message}</code>
        </p>
        <button type="button" onClick={() => this.setState({ error: undefined })}>
          {t.retry}
        </button>
      </section>
    );
  }
}
