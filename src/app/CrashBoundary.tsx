import { Component, Fragment, type ReactNode } from 'react';
import { PageProblem } from './RouteLoading';

/** Keeps a crash inside what it wraps (a lesson): the rest of the page and the course go on; trying again renders it anew. */
export class CrashBoundary extends Component<{ children: ReactNode }, { failed: boolean; tries: number }> {
  state = { failed: false, tries: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    const { failed, tries } = this.state;
    if (failed) return <PageProblem onRetry={() => this.setState({ failed: false, tries: tries + 1 })} />;
    return <Fragment key={tries}>{this.props.children}</Fragment>;
  }
}
