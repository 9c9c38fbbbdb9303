package org.eads.funds.internal.web;

/** Marks the controllers of the fund tracing pages, whose errors {@link FundsPageErrors} answers as pages. */
interface FundsPage {
}
