/*
 * The launcher of the Debian package: /usr/bin/<app> starts the bundled Python app with
 * the system's Python 3, embedded through libpython.
 *
 * Layout, relative to the prefix the launcher is installed under (/usr):
 *     bin/<app>                  this program
 *     APP_LIB_DIR/app            the app's code and resources (Briefcase `sources`)
 *     APP_LIB_DIR/app_packages   its dependencies (Briefcase `requires`)
 *
 * The interpreter is isolated: PYTHONPATH, PYTHONHOME, the user's site-packages and the
 * current folder are ignored, and `site` is not run, so Debian's dist-packages stay out
 * too. The app sees the standard library, its own code and the packages it ships.
 * APP_MODULE and APP_LIB_DIR are set by the Makefile. With APP_LAUNCHER_DEBUG=1 in the
 * environment the launcher prints the folders it uses.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef APP_MODULE
#error "APP_MODULE (the module run as __main__) must be defined"
#endif
#ifndef APP_LIB_DIR
#error "APP_LIB_DIR (the app's folder below the prefix, e.g. lib/myapp) must be defined"
#endif

#define EXIT_LAUNCHER_FAILED 70

static int debug;

static void fail_on(PyStatus status, PyConfig *config)
{
    if (PyStatus_Exception(status)) {
        PyConfig_Clear(config);
        Py_ExitStatusException(status);
    }
}

/* Append `folder` to sys.path; with `as_site`, through site.addsitedir (.pth files). */
static int add_to_path(const char *folder, int as_site)
{
    PyObject *path = PyUnicode_DecodeFSDefault(folder);
    PyObject *result = NULL;
    if (path == NULL) {
        return -1;
    }
    if (as_site) {
        PyObject *site = PyImport_ImportModule("site");
        if (site != NULL) {
            result = PyObject_CallMethod(site, "addsitedir", "O", path);
            Py_DECREF(site);
        }
    } else {
        PyObject *sys_path = PySys_GetObject("path"); /* borrowed */
        if (sys_path != NULL && PyList_Append(sys_path, path) == 0) {
            result = Py_NewRef(Py_None);
        }
    }
    Py_DECREF(path);
    if (result == NULL) {
        return -1;
    }
    Py_DECREF(result);
    return 0;
}

int main(int argc, char *argv[])
{
    char app_dir[PATH_MAX];
    char packages_dir[PATH_MAX];
    char *executable;
    char *prefix;
    PyPreConfig preconfig;
    PyConfig config;

    debug = getenv("APP_LAUNCHER_DEBUG") != NULL;

    /* The prefix is the parent of the folder holding this program. */
    executable = realpath("/proc/self/exe", NULL);
    if (executable == NULL) {
        perror("launcher: cannot locate its own executable");
        return EXIT_LAUNCHER_FAILED;
    }
    prefix = strdup(executable);
    if (prefix == NULL) {
        perror("launcher");
        return EXIT_LAUNCHER_FAILED;
    }
    prefix = dirname(dirname(prefix));
    if (snprintf(app_dir, sizeof app_dir, "%s/%s/app", prefix, APP_LIB_DIR)
            >= (int)sizeof app_dir
        || snprintf(packages_dir, sizeof packages_dir, "%s/%s/app_packages", prefix,
                    APP_LIB_DIR) >= (int)sizeof packages_dir) {
        fprintf(stderr, "launcher: install path too long: %s\n", prefix);
        return EXIT_LAUNCHER_FAILED;
    }
    if (debug) {
        fprintf(stderr, "launcher: executable %s\nlauncher: app %s\nlauncher: packages %s\n",
                executable, app_dir, packages_dir);
    }

    PyPreConfig_InitIsolatedConfig(&preconfig);
    preconfig.utf8_mode = 1;        /* UTF-8 file names and text, whatever the locale */
    preconfig.configure_locale = 1; /* LC_CTYPE from the environment, as Qt expects */
    fail_on(Py_PreInitialize(&preconfig), NULL);

    PyConfig_InitIsolatedConfig(&config);
    config.site_import = 0;             /* no dist-packages, no .pth files of the system */
    config.safe_path = 1;               /* never the current folder on sys.path */
    config.write_bytecode = 0;          /* /usr is read-only for the user */
    config.install_signal_handlers = 1; /* Ctrl+C raises KeyboardInterrupt */
    fail_on(PyConfig_SetBytesString(&config, &config.executable, executable), &config);
    fail_on(PyConfig_SetBytesString(&config, &config.run_module, APP_MODULE), &config);
    fail_on(PyConfig_SetBytesArgv(&config, argc, argv), &config);
    fail_on(Py_InitializeFromConfig(&config), &config);
    PyConfig_Clear(&config);
    free(executable);

    if (add_to_path(app_dir, 0) < 0 || add_to_path(packages_dir, 1) < 0) {
        PyErr_Print();
        fprintf(stderr, "launcher: could not add the app's folders to sys.path\n");
        Py_FinalizeEx();
        return EXIT_LAUNCHER_FAILED;
    }
    if (debug) {
        PyRun_SimpleString("import sys; print('launcher: sys.path', sys.path, file=sys.stderr)");
    }

    /* Runs APP_MODULE as __main__; exits with SystemExit's code, 1 on an exception. */
    return Py_RunMain();
}
