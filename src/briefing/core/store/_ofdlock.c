/* Open-file-description locks for SQLite's unix VFS (Linux).
 *
 * SQLite calls these in place of fcntl() and close() (sqlite3_vfs.xSetSystemCall); see
 * locking.py for why. Every lock request on a file is made as an OFD lock on one descriptor
 * per file (a duplicate of the first descriptor SQLite locked it through), so SQLite's
 * connections in this process share their locks as they would with POSIX locks, while no
 * other open and close of the file in the process can release them. When SQLite closes its
 * last descriptor on a file, the duplicate is closed too, releasing what it still held.
 *
 * Plain C with no callbacks into Python: these run inside SQLite while it holds its own
 * mutexes, where running Python (and its garbage collector) could re-enter SQLite.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

typedef int (*fcntl_fn)(int, int, ...);
typedef int (*close_fn)(int);

static fcntl_fn real_fcntl;
static close_fn real_close;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

struct locked_file {
    dev_t dev;
    ino_t ino;
    int lock_fd; /* the one descriptor all lock requests on this file go through */
    int users;   /* SQLite's descriptors on this file that asked for a lock */
};
struct user_fd {
    int fd;
    int file; /* index into files */
};

static struct locked_file *files;
static int n_files, cap_files;
static struct user_fd *users;
static int n_users, cap_users;

static int find_user(int fd) {
    for (int i = 0; i < n_users; i++)
        if (users[i].fd == fd) return i;
    return -1;
}

static void drop_user(int u) {
    int f = users[u].file;
    users[u] = users[--n_users];
    if (--files[f].users == 0) {
        real_close(files[f].lock_fd);
        files[f] = files[--n_files];
        for (int i = 0; i < n_users; i++) /* the moved entry's users follow it */
            if (users[i].file == n_files) users[i].file = f;
    }
}

/* The lock descriptor for fd's file, registering fd; -1 with errno set on failure. */
static int lock_fd_for(int fd) {
    struct stat st;
    if (fstat(fd, &st) != 0) return -1;
    int u = find_user(fd);
    if (u >= 0) {
        struct locked_file *lf = &files[users[u].file];
        if (lf->dev == st.st_dev && lf->ino == st.st_ino) return lf->lock_fd;
        drop_user(u); /* a reused descriptor number: forget its old file */
    }
    int f = -1;
    for (int i = 0; i < n_files; i++)
        if (files[i].dev == st.st_dev && files[i].ino == st.st_ino) { f = i; break; }
    if (n_users == cap_users) {
        int cap = cap_users ? cap_users * 2 : 16;
        struct user_fd *grown = realloc(users, sizeof *grown * cap);
        if (!grown) { errno = ENOLCK; return -1; }
        users = grown;
        cap_users = cap;
    }
    if (f < 0) {
        if (n_files == cap_files) {
            int cap = cap_files ? cap_files * 2 : 8;
            struct locked_file *grown = realloc(files, sizeof *grown * cap);
            if (!grown) { errno = ENOLCK; return -1; }
            files = grown;
            cap_files = cap;
        }
        int dup_fd = real_fcntl(fd, F_DUPFD_CLOEXEC, 0);
        if (dup_fd < 0) return -1;
        f = n_files++;
        files[f].dev = st.st_dev;
        files[f].ino = st.st_ino;
        files[f].lock_fd = dup_fd;
        files[f].users = 0;
    }
    users[n_users].fd = fd;
    users[n_users].file = f;
    n_users++;
    files[f].users++;
    return files[f].lock_fd;
}

int briefing_ofd_fcntl(int fd, int cmd, ...) {
    va_list ap;
    va_start(ap, cmd);
    void *arg = va_arg(ap, void *);
    va_end(ap);
    int ofd_cmd;
    switch (cmd) {
    case F_SETLK: ofd_cmd = F_OFD_SETLK; break;
    case F_SETLKW: ofd_cmd = F_OFD_SETLKW; break;
    case F_GETLK: ofd_cmd = F_OFD_GETLK; break;
    default: return real_fcntl(fd, cmd, arg);
    }
    struct flock *lock = arg;
    lock->l_pid = 0; /* OFD requests must say 0 */
    pthread_mutex_lock(&mu);
    int rc = -1, err;
    int target = lock_fd_for(fd);
    if (target >= 0) rc = real_fcntl(target, ofd_cmd, lock);
    err = errno;
    pthread_mutex_unlock(&mu);
    errno = err; /* SQLite reads it to tell "busy" from an I/O error */
    return rc;
}

int briefing_ofd_close(int fd) {
    pthread_mutex_lock(&mu);
    int u = find_user(fd);
    if (u >= 0) drop_user(u);
    pthread_mutex_unlock(&mu);
    return real_close(fd);
}

void briefing_ofd_init(fcntl_fn fcntl_call, close_fn close_call) {
    real_fcntl = fcntl_call;
    real_close = close_call;
}

/* For the tests: how many files hold a lock descriptor now. */
int briefing_ofd_files(void) {
    pthread_mutex_lock(&mu);
    int n = n_files;
    pthread_mutex_unlock(&mu);
    return n;
}
