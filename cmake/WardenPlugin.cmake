# SPDX-License-Identifier: Apache-2.0
#
# warden_add_plugin(<name> <sources>...)
#
# Builds a Warden checker plugin: a shared module with hidden visibility
# (only the WARDEN_PLUGIN entry point is exported) that links the Warden SDK
# and the shared LLVM and clang libraries, nothing else. Used in this tree
# and, through find_package(Warden), by third-party plugins.
function(warden_add_plugin name)
  add_library(${name} MODULE ${ARGN})
  set_target_properties(${name} PROPERTIES
    PREFIX ""
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    CXX_STANDARD 17
    CXX_STANDARD_REQUIRED ON)
  target_compile_options(${name} PRIVATE -fno-exceptions)
  if(TARGET Warden::sdk)
    target_link_libraries(${name} PRIVATE Warden::sdk)
  else()
    target_link_libraries(${name} PRIVATE warden-sdk)
  endif()
  target_link_libraries(${name} PRIVATE clang-cpp LLVM)
endfunction()
