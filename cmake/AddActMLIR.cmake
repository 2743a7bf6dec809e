# Helpers shared by every act-mlir library and tool (in the spirit of CIRCT's
# AddCIRCT.cmake). Every library links the shared libMLIR.so and libLLVM.so so
# that the plugin loads into the stock mlir-opt with a single copy of MLIR.

set_property(GLOBAL PROPERTY ACT_ALL_LIBRARIES "")

# Install layout, relative to CMAKE_INSTALL_PREFIX. Libraries and tools are
# installed into the export set ActMLIRTargets (namespace ActMLIR::, written
# by cmake/CMakeLists.txt) for find_package(ActMLIR).
set(ACT_INSTALL_BINDIR bin)
set(ACT_INSTALL_LIBDIR lib)
set(ACT_INSTALL_INCLUDEDIR include)
set(ACT_INSTALL_CMAKEDIR lib/cmake/ActMLIR)

# _act_install_library(name): usage requirements for the build and install
# trees, and the install rule into the export set.
function(_act_install_library name)
  target_include_directories(${name} PUBLIC
    $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>
    $<BUILD_INTERFACE:${PROJECT_BINARY_DIR}/include>
    $<INSTALL_INTERFACE:${ACT_INSTALL_INCLUDEDIR}>)
  install(TARGETS ${name} EXPORT ActMLIRTargets
    ARCHIVE DESTINATION ${ACT_INSTALL_LIBDIR}
    LIBRARY DESTINATION ${ACT_INSTALL_LIBDIR}
    RUNTIME DESTINATION ${ACT_INSTALL_BINDIR})
endfunction()

# add_act_library(name source... [DEPENDS dep...] [LINK_LIBS lib...])
function(add_act_library name)
  cmake_parse_arguments(ARG "" "" "DEPENDS;LINK_LIBS" ${ARGN})
  add_library(${name} STATIC ${ARG_UNPARSED_ARGUMENTS})
  if(ARG_DEPENDS)
    add_dependencies(${name} ${ARG_DEPENDS})
  endif()
  target_link_libraries(${name} PUBLIC ${ARG_LINK_LIBS} MLIR LLVM)
  set_property(GLOBAL APPEND PROPERTY ACT_ALL_LIBRARIES ${name})
  _act_install_library(${name})
endfunction()

# add_act_support_library(name source...): a library that depends on LLVM
# Support only (no MLIR), e.g. the reference semantics.
function(add_act_support_library name)
  add_library(${name} STATIC ${ARGN})
  target_link_libraries(${name} PUBLIC LLVM)
  set_property(GLOBAL APPEND PROPERTY ACT_ALL_LIBRARIES ${name})
  _act_install_library(${name})
endfunction()

# add_act_tool(name source... [LINK_LIBS lib...]): installed into bin/ and
# exported as ActMLIR::<name>; the installed tool finds libMLIR.so through
# its RPATH, as in the build tree.
function(add_act_tool name)
  cmake_parse_arguments(ARG "" "" "LINK_LIBS" ${ARGN})
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  set_target_properties(${name} PROPERTIES
    RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin
    INSTALL_RPATH_USE_LINK_PATH ON)
  target_link_libraries(${name} PRIVATE ${ARG_LINK_LIBS} MLIR LLVM)
  install(TARGETS ${name} EXPORT ActMLIRTargets
    RUNTIME DESTINATION ${ACT_INSTALL_BINDIR})
endfunction()
