#!/bin/sh
# Interestingness test for act-reduce (mlir-reduce's convention: exit 1 when
# the candidate in $1 is interesting, 0 when not). The "bug" is that
# act-simplify merges relu(clamp(x, -1, 6)) into clamp(x, 0, 6): a candidate
# is interesting while that still happens. $ACT_OPT is act-opt.
"$ACT_OPT" "$1" --act-simplify 2>/dev/null |
  grep -q 'act.clamp .*min = 0.000000e+00' && exit 1
exit 0
