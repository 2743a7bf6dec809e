# -*- Python -*-
# lit configuration of the act-mlir regression tests.

import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "ACT"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.act_obj_root, "test")
config.excludes = ["Inputs", "CMakeLists.txt", "README.txt", "lit.cfg.py",
                   "lit.site.cfg.py", "Unit"]

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%shlibext", ".so"))
config.substitutions.append(("%act_src_root", config.act_src_root))

# Variables are scoped per CHECK-LABEL block, as in upstream MLIR.
config.environment["FILECHECK_OPTS"] = "-enable-var-scope --allow-unused-prefixes=false"

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
tool_dirs = [config.act_tools_dir, config.llvm_tools_dir]
tools = [ToolSubst("act-opt", unresolved="fatal"),
         ToolSubst("act-translate", unresolved="fatal"),
         "mlir-runner", "llc", "lli", "clang"]
# Built by check-act; a missing one fails the tests that run it.
tools += [ToolSubst(name, unresolved="ignore")
          for name in ["act-lsp-server", "act-reduce", "act-capi-test",
                       "mlir-opt"]]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# ActPlugin: the act dialect, passes and pipelines for the stock mlir-opt
# (--load-dialect-plugin=%act_plugin --load-pass-plugin=%act_plugin).
config.substitutions.append(
    ("%act_plugin", os.path.join(config.act_obj_root, "lib", "ActPlugin.so")))

# Execution tests run the lowered code with the upstream JIT runner.
config.substitutions.append(
    ("%mlir_c_runner_utils",
     os.path.join(config.llvm_lib_dir, "libmlir_c_runner_utils.so")))
config.substitutions.append(
    ("%mlir_runner_utils",
     os.path.join(config.llvm_lib_dir, "libmlir_runner_utils.so")))
if os.path.exists(os.path.join(config.llvm_tools_dir, "mlir-runner")):
    config.available_features.add("mlir-runner")

# act-gpu-pipeline. The objects in gpu.binary ops are printed or checked by
# gpu-objects.py. PTX is validated by ptxas where the CUDA toolkit is
# installed (ACT_CUDA_PATH, default /usr/local/cuda); HSA code objects link
# with LLVM's ld.lld. Execution needs the CUDA runtime library (built where
# CUDA is found) and an NVIDIA GPU.
import shutil
import subprocess
import sys

config.substitutions.append(
    ("%gpu_objects", '"%s" "%s"' % (
        sys.executable,
        os.path.join(config.act_src_root, "test", "Integration", "GPU",
                     "Inputs", "gpu-objects.py"))))
act_ptxas = os.path.join(os.environ.get("ACT_CUDA_PATH", "/usr/local/cuda"),
                         "bin", "ptxas")
if os.path.exists(act_ptxas):
    config.available_features.add("ptxas")
    config.substitutions.append(("%ptxas", act_ptxas))
if os.path.exists(os.path.join(config.llvm_tools_dir, "ld.lld")):
    config.available_features.add("ld.lld")
    config.substitutions.append(
        ("%ld_lld", os.path.join(config.llvm_tools_dir, "ld.lld")))
act_cuda_runtime = os.path.join(config.act_obj_root, "lib",
                                "libact_cuda_runtime.so")
if os.path.exists(act_cuda_runtime):
    config.available_features.add("act-cuda-runtime")
    config.substitutions.append(("%act_cuda_runtime", act_cuda_runtime))
    config.substitutions.append(
        ("%act_lib_dir", os.path.join(config.act_obj_root, "lib")))
if shutil.which("nvidia-smi"):
    try:
        if subprocess.run(["nvidia-smi", "-L"], capture_output=True,
                          timeout=30).stdout.strip():
            config.available_features.add("cuda-gpu")
    except (OSError, subprocess.SubprocessError):
        pass
act_gpu_check = os.path.join(config.act_tools_dir, "act-gpu-check")
if os.path.exists(act_gpu_check):
    config.available_features.add("act-gpu-check")
    config.substitutions.append(("%act_gpu_check", act_gpu_check))

# OpenMP runtime for act-cpu-pipeline{threads=N}.
libomp = os.path.join(config.llvm_lib_dir, "libomp.so")
if os.path.exists(libomp):
    config.available_features.add("libomp")
    config.substitutions.append(("%libomp", libomp))
