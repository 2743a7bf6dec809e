# Helpers shared by every act-mlir library and tool (in the spirit of CIRCT's
# AddCIRCT.cmake). Every library links the shared libMLIR.so and libLLVM.so so
# that the plugin loads into the stock mlir-opt with a single copy of MLIR.

set_property(GLOBAL PROPERTY ACT_ALL_LIBRARIES "")

# add_act_library(name source... [DEPENDS dep...] [LINK_LIBS lib...])
function(add_act_library name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LINK_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  target_link_libraries(${name} PUBLIC ${ARG_LINK_LIBS} MLIR LLVM)
  set_property(GLOBAL APPEND PROPERTY ACT_ALL_LIBRARIES ${name})
endfunction()

# add_act_support_library(name source...): a library that depends on LLVM
# Support only (no MLIR), e.g. the reference semantics.
function(add_act_support_library name)
  add_library(${name} STATIC ${ARGN})
  target_link_libraries(${name} PUBLIC LLVM)
  set_property(GLOBAL APPEND PROPERTY ACT_ALL_LIBRARIES ${name})
endfunction()

# add_act_tool(name source... [LINK_LIBS lib...])
function(add_act_tool name)
  cmake_parse_arguments(ARG "" "" "LINK_LIBS" ${ARGN})
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  set_target_properties(${name} PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
  target_link_libraries(${name} PRIVATE ${ARG_LINK_LIBS} MLIR LLVM)
endfunction()
