# ActCompileMLIR.cmake: ahead-of-time compilation of MLIR files into libraries
# that C and C++ targets link.
#
#   act_add_mlir_object(<target> <file.mlir>
#                       [PIPELINE_OPTIONS "<act-cpu-pipeline options>"]
#                       [ACT_OPT_FLAGS <flag>...]
#                       [LLC_FLAGS <flag>...]
#                       [DEPENDS <file-or-target>...])
#
# compiles <file.mlir> (relative to the current source directory) with
#
#   act-opt --act-cpu-pipeline[="<PIPELINE_OPTIONS>"] <ACT_OPT_FLAGS>
#     -> <target>.dir/<name>.llvm.mlir    (LLVM dialect)
#   act-translate --mlir-to-llvmir
#     -> <target>.dir/<name>.ll           (LLVM IR)
#   llc -O3 -filetype=obj -relocation-model=pic -mcpu=<cpu> [-mattr=<features>]
#       <LLC_FLAGS>
#     -> <target>.dir/<name>.o
#
# in the current binary directory, and makes <target> a STATIC library holding
# that object (STATIC rather than OBJECT: CMake does not pass prebuilt objects
# listed in an OBJECT library on to the targets that link it), so that
#
#   act_add_mlir_object(mlp_kernel mlp.mlir PIPELINE_OPTIONS "vector-width=8")
#   add_executable(app main.cpp)
#   target_link_libraries(app PRIVATE mlp_kernel)
#
# links the compiled functions into `app`. With the pipeline's default
# `c-interface=true` every public function `@f` also gets a C-callable
# `_mlir_ciface_f` taking pointers to memref descriptors
# (`StridedMemRefType<T, N>` of mlir/ExecutionEngine/CRunnerUtils.h; a returned
# memref comes back through the first argument, its buffer allocated with
# malloc: free it with `free(desc.basePtr)`). The library carries the MLIR
# include directories and libm (f64 transcendentals call it) as usage
# requirements; its properties ACT_MLIR_OBJECT and ACT_MLIR_LLVM_IR name the
# object and the LLVM IR file, for inspection or other uses.
#
# The llc CPU follows the pipeline's `target-cpu` option, so the vector width
# chosen by the pipeline and the instructions llc may use agree: `host` (the
# default) becomes `-mcpu=native`, any other name is passed on; a
# `target-features` value becomes `-mattr=`. An `-mcpu=` or `-mattr=` in
# LLC_FLAGS takes precedence. `host`/`native` objects are tuned for, and only
# run on, CPUs like the build machine; name a CPU (e.g. "target-cpu=x86-64-v3")
# for portable binaries. Cross-compiling needs `-mtriple=...` in LLC_FLAGS.
#
# The object is rebuilt when the .mlir file, a DEPENDS entry, or (in the
# act-mlir build tree, where the tools are targets) act-opt or act-translate
# change. The tools are taken from these variables; set them (e.g. in a
# package config) to choose the programs. Unset, they default to:
#
#   ACT_OPT_EXECUTABLE        the act-opt target of this build if there is one,
#                             else act-opt found in ACT_TOOLS_DIR, then PATH
#   ACT_TRANSLATE_EXECUTABLE  likewise for act-translate
#   ACT_LLC_EXECUTABLE        ${LLVM_TOOLS_BINARY_DIR}/llc, else llc on PATH

include_guard(GLOBAL)

# _act_mlir_tool(<out-var> <cache-var> <target> <program>): the command that
# runs <program>: ${<cache-var>} if set, else the in-tree <target>, else the
# program found in ACT_TOOLS_DIR, LLVM_TOOLS_BINARY_DIR or PATH. Sets
# <out-var>_DEPENDS to the target when the in-tree target is used.
function(_act_mlir_tool out cache_var target program)
  set(${out}_DEPENDS "" PARENT_SCOPE)
  if(${cache_var})
    set(${out} "${${cache_var}}" PARENT_SCOPE)
  elseif(TARGET ${target})
    set(${out} "$<TARGET_FILE:${target}>" PARENT_SCOPE)
    set(${out}_DEPENDS ${target} PARENT_SCOPE)
  else()
    find_program(${cache_var} ${program}
      HINTS ${ACT_TOOLS_DIR} ${LLVM_TOOLS_BINARY_DIR}
      DOC "Path to ${program} (used by act_add_mlir_object)")
    if(NOT ${cache_var})
      message(FATAL_ERROR "act_add_mlir_object: ${program} not found; set "
                          "${cache_var}")
    endif()
    set(${out} "${${cache_var}}" PARENT_SCOPE)
  endif()
endfunction()

# _act_mlir_pipeline_option(<out-var> <options> <name>): the value of
# `<name>=<value>` in a pipeline option string (value unquoted), or "".
function(_act_mlir_pipeline_option out options name)
  set(value "")
  if(options MATCHES "(^|[ \t])${name}=('[^']*'|\"[^\"]*\"|{[^}]*}|[^ \t]*)")
    set(value "${CMAKE_MATCH_2}")
    string(REGEX REPLACE "^['\"{](.*)['\"}]$" "\\1" value "${value}")
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

function(act_add_mlir_object target source)
  cmake_parse_arguments(ARG "" "PIPELINE_OPTIONS"
                        "ACT_OPT_FLAGS;LLC_FLAGS;DEPENDS" ${ARGN})
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "act_add_mlir_object(${target}): unexpected arguments "
                        "'${ARG_UNPARSED_ARGUMENTS}'")
  endif()

  get_filename_component(source "${source}" ABSOLUTE
                         BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  get_filename_component(name "${source}" NAME_WE)
  set(dir "${CMAKE_CURRENT_BINARY_DIR}/${target}.dir")
  file(MAKE_DIRECTORY "${dir}")
  set(llvm_mlir "${dir}/${name}.llvm.mlir")
  set(llvm_ir "${dir}/${name}.ll")
  # The archiver rule of an enabled language; C for act-mlir itself.
  get_property(languages GLOBAL PROPERTY ENABLED_LANGUAGES)
  set(language C)
  if(NOT "C" IN_LIST languages)
    set(language CXX)
  endif()
  set(object "${dir}/${name}${CMAKE_${language}_OUTPUT_EXTENSION}")

  _act_mlir_tool(act_opt ACT_OPT_EXECUTABLE act-opt act-opt)
  _act_mlir_tool(act_translate ACT_TRANSLATE_EXECUTABLE act-translate
                 act-translate)
  if(NOT ACT_LLC_EXECUTABLE AND EXISTS "${LLVM_TOOLS_BINARY_DIR}/llc")
    set(ACT_LLC_EXECUTABLE "${LLVM_TOOLS_BINARY_DIR}/llc" CACHE FILEPATH
        "Path to llc (used by act_add_mlir_object)")
  endif()
  _act_mlir_tool(llc ACT_LLC_EXECUTABLE llc llc)

  # act-opt: the pipeline, with its options if any.
  set(pipeline "--act-cpu-pipeline")
  if(NOT "${ARG_PIPELINE_OPTIONS}" STREQUAL "")
    set(pipeline "--act-cpu-pipeline=${ARG_PIPELINE_OPTIONS}")
  endif()

  # llc: CPU and features from the pipeline's options unless given.
  set(llc_flags -O3 -filetype=obj -relocation-model=pic)
  if(NOT ARG_LLC_FLAGS MATCHES "(^|;)-+mcpu=")
    _act_mlir_pipeline_option(cpu "${ARG_PIPELINE_OPTIONS}" "target-cpu")
    if(cpu STREQUAL "" OR cpu STREQUAL "host")
      set(cpu native)
    endif()
    list(APPEND llc_flags "-mcpu=${cpu}")
  endif()
  if(NOT ARG_LLC_FLAGS MATCHES "(^|;)-+mattr=")
    _act_mlir_pipeline_option(features "${ARG_PIPELINE_OPTIONS}"
                              "target-features")
    string(REGEX REPLACE "[ \t]" "" features "${features}")
    if(NOT features STREQUAL "")
      list(APPEND llc_flags "-mattr=${features}")
    endif()
  endif()
  list(APPEND llc_flags ${ARG_LLC_FLAGS})

  file(RELATIVE_PATH rel_source "${CMAKE_SOURCE_DIR}" "${source}")
  string(JOIN " " llc_comment ${llc_flags})
  add_custom_command(
    OUTPUT "${llvm_mlir}"
    COMMAND ${act_opt} "${source}" "${pipeline}" ${ARG_ACT_OPT_FLAGS}
            -o "${llvm_mlir}"
    DEPENDS "${source}" ${act_opt_DEPENDS} ${ARG_DEPENDS}
    COMMENT "act-opt ${pipeline} ${rel_source}"
    VERBATIM)
  add_custom_command(
    OUTPUT "${llvm_ir}"
    COMMAND ${act_translate} --mlir-to-llvmir "${llvm_mlir}" -o "${llvm_ir}"
    DEPENDS "${llvm_mlir}" ${act_translate_DEPENDS}
    COMMENT "act-translate --mlir-to-llvmir ${rel_source}"
    VERBATIM)
  add_custom_command(
    OUTPUT "${object}"
    COMMAND ${llc} ${llc_flags} "${llvm_ir}" -o "${object}"
    DEPENDS "${llvm_ir}" ${llc_DEPENDS}
    COMMENT "llc ${llc_comment} ${rel_source}"
    VERBATIM)

  set_source_files_properties("${object}" PROPERTIES
    EXTERNAL_OBJECT TRUE GENERATED TRUE)
  add_library(${target} STATIC "${object}")
  set_target_properties(${target} PROPERTIES
    LINKER_LANGUAGE ${language}
    ACT_MLIR_OBJECT "${object}"
    ACT_MLIR_LLVM_IR "${llvm_ir}")
  if(MLIR_INCLUDE_DIRS)
    target_include_directories(${target} SYSTEM INTERFACE ${MLIR_INCLUDE_DIRS})
  endif()
  if(UNIX AND NOT APPLE)
    target_link_libraries(${target} INTERFACE m)
  endif()
endfunction()
