# ACT_ENABLE_SANITIZERS (ASan + UBSan), ACT_ENABLE_TSAN and ACT_BUILD_FUZZERS:
# compile and link flags for every act-mlir target defined after this point.
# libMLIR.so and libLLVM.so are the uninstrumented Debian packages; the
# sanitizer runtimes are linked statically into each executable.

if(ACT_ENABLE_SANITIZERS AND ACT_ENABLE_TSAN)
  message(FATAL_ERROR "ACT_ENABLE_SANITIZERS and ACT_ENABLE_TSAN exclude "
                      "each other; use two build directories")
endif()

if(ACT_ENABLE_SANITIZERS)
  # UBSan's vptr check needs RTTI, which LLVM-style code is built without;
  # clang leaves it out of -fsanitize=undefined by itself.
  set(ACT_SANITIZER_FLAGS -fsanitize=address,undefined
      -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_compile_options(${ACT_SANITIZER_FLAGS})
  add_link_options(-fsanitize=address,undefined)
  message(STATUS "act-mlir: building with AddressSanitizer and UBSan")
endif()

if(ACT_ENABLE_TSAN)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
  message(STATUS "act-mlir: building with ThreadSanitizer")
endif()

if(ACT_ENABLE_SANITIZERS OR ACT_ENABLE_TSAN)
  # Shared libraries and plugins (ActPlugin.so, the CUDA runtime) take the
  # sanitizer runtime from the executable that loads them: LLVM's
  # -Wl,-z,defs would reject its undefined symbols. (Such a library only
  # loads into a sanitized executable; the lit tests that load one into the
  # stock mlir-opt or mlir-runner are left out of the sanitizer run.)
  foreach(flags CMAKE_SHARED_LINKER_FLAGS CMAKE_MODULE_LINKER_FLAGS)
    string(REPLACE "-Wl,-z,defs" "" ${flags} "${${flags}}")
  endforeach()
endif()

if(ACT_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "ACT_BUILD_FUZZERS needs clang (libFuzzer)")
  endif()
  # Coverage feedback from all of act-mlir's code; the fuzz targets link
  # libFuzzer itself (-fsanitize=fuzzer, fuzz/CMakeLists.txt).
  add_compile_options(-fsanitize=fuzzer-no-link)
  message(STATUS "act-mlir: building the libFuzzer targets in fuzz/")
endif()
