/* libyaml's event API (yaml-0.1). Named CLibYAML, not CYaml: Yams bundles its own module of that name. */
#include <yaml.h>
