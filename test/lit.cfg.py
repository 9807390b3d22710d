# SPDX-License-Identifier: Apache-2.0
# lit configuration of the Warden test suite.
import os

import lit.formats

config.name = "Warden"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "plugins", "fuzz", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.warden_obj_root, "test")

# Tests must not pick up a stray .warden.toml or colour settings from the
# machine running them.
config.environment["HOME"] = config.test_exec_root
# The hook tests run warden as a user would, from PATH.
config.environment["PATH"] = os.pathsep.join(
    [config.warden_bin_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
for var in ["WARDEN_CONFIG", "TERM", "CLICOLOR_FORCE"]:
    config.environment.pop(var, None)

config.substitutions.append(("%warden_src", config.warden_src_root))
config.substitutions.append(("%test_plugins", config.warden_test_plugins_dir))
config.substitutions.append(("%resource_dir", config.clang_resource_dir))
config.substitutions.append(("%cmake", config.cmake_command))
config.substitutions.append(("%python", config.python_executable))
# Substitution keys are regular expressions; tool names must stand alone so
# that paths (prefix/bin/warden) and words (cannot) are left untouched.
def tool(name, path):
    config.substitutions.append((r"(?<![\w/.%-])" + name + r"(?=\s)", path))

# The repository's own validator (scripts/validate-sarif), run by the Python
# that has Debian's python3-jsonschema.
tool("validate-sarif", config.python_executable + " " + config.sarif_validator)

tool("FileCheck", os.path.join(config.llvm_tools_dir, "FileCheck"))
tool("not", os.path.join(config.llvm_tools_dir, "not"))
tool("count", os.path.join(config.llvm_tools_dir, "count"))
# Named plainly: a substitution starting with %s would collide with lit's %s.
tool("warden", os.path.join(config.warden_bin_dir, "warden"))
config.substitutions.append(("%obj_root", config.warden_obj_root))
config.substitutions.append(
    ("%expect_exit", config.python_executable + " "
     + os.path.join(config.warden_src_root, "test", "Inputs", "expect-exit.py")))
config.substitutions.append(
    ("%make_cdb", config.python_executable + " "
     + os.path.join(config.warden_src_root, "test", "Inputs", "make-cdb.py")))
import shutil
if shutil.which("pre-commit"):
    config.available_features.add("pre-commit")
if shutil.which("script"):
    config.available_features.add("script")
# In sanitizer builds (scripts/sanitize.sh) memory limits are left to the
# sanitizer, which reserves terabytes of shadow address space.
if config.warden_sanitized.upper() not in ("ON", "TRUE", "1", "YES"):
    config.available_features.add("no-asan")
# Tests that give files to another user (chown) need root.
if hasattr(os, "geteuid") and os.geteuid() == 0:
    config.available_features.add("root")
