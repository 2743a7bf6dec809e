# -*- Python -*-
# Runs the gtest unit tests (built under <build>/unittests) as lit tests, one
# lit test per gtest test case.

import os

import lit.formats

config.name = "ACT-Unit"
config.suffixes = []
config.test_exec_root = os.path.join(config.act_obj_root, "unittests")
config.test_source_root = config.test_exec_root
config.test_format = lit.formats.GoogleTest(".", "Tests")
