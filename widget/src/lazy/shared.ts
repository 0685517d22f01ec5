/**
 * What the first script hands the later one (ftcost-breakeven.js) through `__ftcostShared`: one
 * Preact, one Decimal class and one UserError class for both. Only the bindings the later script
 * imports, named one by one: a whole module namespace (`import * as preact`) would keep every
 * export of Preact and its hooks in the first script (hydrate, createPortal, useReducer, …), which
 * the first price would then wait for. The later script's build refuses an import not listed here
 * (vite.config.ts, sharedBindingsCheck), so a missing one fails the build, not the page.
 */
import { Fragment, h } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { jsx, jsxs } from 'preact/jsx-runtime';
import {
  AxisDecimal,
  d,
  Decimal,
  HOURS_PER_DAY,
  HOURS_PER_MONTH,
  TOKENS_PER_MILLION,
  toDecimalString,
  ZERO,
} from '../../../src/decimal.js';
import { isUserError, LIBRARY_WORDING, UserError } from '../../../src/errors.js';

export const SHARED_MODULES = {
  preact: { Fragment, h },
  hooks: { useEffect, useMemo, useRef, useState },
  jsxRuntime: { Fragment, jsx, jsxs },
  decimal: { AxisDecimal, d, Decimal, HOURS_PER_DAY, HOURS_PER_MONTH, TOKENS_PER_MILLION, toDecimalString, ZERO },
  errors: { isUserError, LIBRARY_WORDING, UserError },
};
