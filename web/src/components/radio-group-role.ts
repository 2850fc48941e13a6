/**
 * Spread on an antd `Radio.Group` inside a required `Form.Item`: the group renders a plain div, and the aria-required
 * the form item adds is allowed only on a radiogroup (axe-core aria-allowed-attr, critical under GB/T 37668-2019).
 * antd passes `role` through to the div, but its props type leaves it out.
 */
export const RADIO_GROUP_ROLE: object = { role: 'radiogroup' };
