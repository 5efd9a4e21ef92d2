import { Explanation } from '../../src/quiz/slots';
import { Option, Step } from '../../src/quiz/types/scenario/scenario-ui';

/** The lateDelivery fixture written the way MDX compiles it: <Step> elements holding paragraphs and <Option> slots. */
export function lateDeliveryContent() {
  return [
    '\n',
    <Step key="start" id="start">
      <p>
        Marta writes: <em>where is my chair?</em>
      </p>
      {'\n'}
      <Option goto="owned" points={2} feedback="Good start.">
        {/* happy-dom computes inline elements as blocks, so no punctuation right after one. */}
        Apologise and <strong>own it</strong>
      </Option>
      <Option goto="blamed" points={0}>
        Blame the courier.
      </Option>
    </Step>,
    <Step key="owned" id="owned">
      <p>Marta needs it before Monday.</p>
      <Option>Send it express tomorrow.</Option>
      <Option>Offer a voucher.</Option>
    </Step>,
    <Step key="blamed" id="blamed">
      <p>Marta: I bought from you.</p>
      <Option>Take responsibility now.</Option>
      <Option>Give the courier’s number.</Option>
    </Step>,
    <Step key="express" id="express" end>
      <p>The chair arrives next morning.</p>
    </Step>,
    <Step key="voucher" id="voucher" end>
      <p>She never uses the voucher.</p>
    </Step>,
    <Step key="late-save" id="late-save" end>
      <p>Sorted out, but only after she complained twice.</p>
    </Step>,
    <Step key="lost" id="lost" end>
      <p>She buys from a competitor.</p>
    </Step>,
    <Explanation key="explanation">Own the problem first.</Explanation>,
  ];
}
