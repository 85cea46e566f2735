/** The part of bpmn-moddle's API the six-step benchmark uses (the package ships no types). */
declare module 'bpmn-moddle' {
  /** Reads BPMN 2.0 XML into a moddle context. */
  export default class BpmnModdle {
    fromXML(xml: string): Promise<unknown>;
  }
}
